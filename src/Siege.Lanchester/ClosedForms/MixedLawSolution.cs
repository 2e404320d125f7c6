using Siege.Lanchester.Model;

namespace Siege.Lanchester.ClosedForms;

/// <summary>
/// Deitchman's guerrilla model, dx/dt = −a·y (the attacker takes aimed fire), dy/dt = −b·x·y (the concealed
/// defender takes area fire). Then a·dy = b·x·dx, so K = b·x² − 2a·y is conserved, and dx/dt = −(b·x² − K)/2.
/// With s = b·k/2:
/// <code>
///   K &gt; 0, k = √(K/b):   x = k·coth(st + φ), φ = atanh(k/x0);   y = y0·(sinh φ / sinh(st + φ))²
///   K &lt; 0, k = √(−K/b):  x = k·tan(φ − st),  φ = atan(x0/k);    y = y0·(cos φ / cos(φ − st))²
///   K = 0:                x = x0 / (1 + b·x0·t/2);              y = y0 / (1 + b·x0·t/2)²
/// </code>
/// where y comes from y = y0·exp(−b∫x dt) rather than from K, which would cancel digits as y → 0. For K &gt; 0 the
/// attacker wins, tending to √(K/b) while the defender only tends to zero; for K &lt; 0 the attacker is destroyed at
/// t = φ/s and the defender keeps −K/(2a).
/// </summary>
public sealed record MixedLawSolution(double A, double B, double X0, double Y0) : ClosedFormSolution(A, B, X0, Y0)
{
    public override LanchesterLaw Law => LanchesterLaw.Mixed;

    public override double Invariant(Strengths s) => B * s.Attacker * s.Attacker - 2 * A * s.Defender;

    protected override Strengths Evaluate(double t)
    {
        // Degenerate coefficients: with b = 0 the defender is untouched and the attacker falls linearly;
        // with a = 0 the attacker is untouched and the defender decays exponentially.
        if (B == 0) return new Strengths(X0 - A * Y0 * t, Y0);
        if (A == 0) return new Strengths(X0, Y0 * Math.Exp(-B * X0 * t));

        var k2 = Invariant(new Strengths(X0, Y0)) / B;
        if (k2 > 0)
        {
            var k = Math.Sqrt(k2);
            var phi = Math.Atanh(k / X0);
            var u = B * k / 2 * t + phi;
            // sinh φ / sinh u, rearranged so that neither overflows when u is large.
            var ratio = Math.Exp(phi - u) * Expm1.Of(-2 * phi) / Expm1.Of(-2 * u);
            return new Strengths(k / Math.Tanh(u), Y0 * ratio * ratio);
        }
        if (k2 < 0)
        {
            var k = Math.Sqrt(-k2);
            var phi = Math.Atan(X0 / k);
            var v = phi - B * k / 2 * t;
            var ratio = Math.Cos(phi) / Math.Cos(v);
            return new Strengths(k * Math.Tan(v), Y0 * ratio * ratio);
        }
        var d = 1 + B * X0 * t / 2;
        return new Strengths(X0 / d, Y0 / (d * d));
    }

    protected override BattleEnd Decide()
    {
        if (A == 0 && B == 0) return BattleEnd.NoDecision;
        if (B == 0) return new BattleEnd(ForceSide.Defender, X0 / (A * Y0), Y0);
        if (A == 0) return new BattleEnd(ForceSide.Attacker, null, X0);
        var k = Invariant(new Strengths(X0, Y0));
        if (k > 0) return new BattleEnd(ForceSide.Attacker, null, Math.Sqrt(k / B));
        if (k < 0)
        {
            var root = Math.Sqrt(-k / B);
            return new BattleEnd(ForceSide.Defender, Math.Atan(X0 / root) / (B * root / 2), -k / (2 * A));
        }
        return BattleEnd.NoDecision;
    }
}
