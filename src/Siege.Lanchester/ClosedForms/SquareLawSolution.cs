using Siege.Lanchester.Model;

namespace Siege.Lanchester.ClosedForms;

/// <summary>
/// Aimed fire, dx/dt = −a·y, dy/dt = −b·x. Then x'' = ab·x, and with r = √(ab):
/// <code>
///   x(t) = x0·cosh(rt) − a·y0·sinh(rt)/r
///   y(t) = y0·cosh(rt) − b·x0·sinh(rt)/r
/// </code>
/// (written with sinh(rt)/r, which tends to t, so that a = 0 or b = 0 needs no special case). The state equation is
/// b·x² − a·y² = b·x0² − a·y0² = I: the attacker wins if I &gt; 0 and is left with √(I/b) when y(t) = 0, at
/// tanh(rt) = r·y0/(b·x0); the defender wins if I &lt; 0, with √(−I/a); at I = 0 both decay as e^(−rt).
/// </summary>
public sealed record SquareLawSolution(double A, double B, double X0, double Y0) : ClosedFormSolution(A, B, X0, Y0)
{
    public override LanchesterLaw Law => LanchesterLaw.Square;

    private double R => Math.Sqrt(A * B);

    public override double Invariant(Strengths s) => B * s.Attacker * s.Attacker - A * s.Defender * s.Defender;

    protected override Strengths Evaluate(double t)
    {
        var r = R;
        var rt = r * t;
        var sinhOverR = r == 0 ? t : Math.Sinh(rt) / r;
        var cosh = Math.Cosh(rt);
        return new Strengths(X0 * cosh - A * Y0 * sinhOverR, Y0 * cosh - B * X0 * sinhOverR);
    }

    protected override BattleEnd Decide()
    {
        var i = Invariant(new Strengths(X0, Y0));
        if (i > 0) return new BattleEnd(ForceSide.Attacker, TimeToZero(Y0, B * X0), Math.Sqrt(i / B));
        if (i < 0) return new BattleEnd(ForceSide.Defender, TimeToZero(X0, A * Y0), Math.Sqrt(-i / A));
        return BattleEnd.NoDecision;
    }

    // The loser, at strength s0 and losing `rate0` men a day at first, reaches zero when tanh(rt) = r·s0/rate0.
    private double TimeToZero(double s0, double rate0)
    {
        var r = R;
        return r == 0 ? s0 / rate0 : Math.Atanh(r * s0 / rate0) / r;
    }
}
