using Siege.Lanchester.Model;

namespace Siege.Lanchester.ClosedForms;

/// <summary>
/// Area fire, dx/dt = −a·x·y, dy/dt = −b·x·y. Then dx/dy = a/b, so C = b·x − a·y is conserved, and substituting
/// y = (b·x − C)/a leaves the logistic equation dx/dt = C·x − b·x², whose solution is
/// <code>
///   x(t) = x0 / (1 + a·y0·g(C, t)),   y(t) = y0 / (1 + b·x0·g(−C, t)),   g(C, t) = (1 − e^(−Ct)) / C
/// </code>
/// (g → t as C → 0; it is computed with an accurate e^x − 1 so that nearly even battles lose no digits). Neither side reaches
/// zero in finite time: the attacker tends to C/b if C &gt; 0, the defender to −C/a if C &lt; 0.
/// </summary>
public sealed record LinearLawSolution(double A, double B, double X0, double Y0) : ClosedFormSolution(A, B, X0, Y0)
{
    public override LanchesterLaw Law => LanchesterLaw.Linear;

    public override double Invariant(Strengths s) => B * s.Attacker - A * s.Defender;

    protected override Strengths Evaluate(double t)
    {
        var c = Invariant(new Strengths(X0, Y0));
        return new Strengths(X0 / (1 + A * Y0 * G(c, t)), Y0 / (1 + B * X0 * G(-c, t)));
    }

    protected override BattleEnd Decide()
    {
        var c = Invariant(new Strengths(X0, Y0));
        if (c > 0) return new BattleEnd(ForceSide.Attacker, null, c / B);
        if (c < 0) return new BattleEnd(ForceSide.Defender, null, -c / A);
        return BattleEnd.NoDecision;
    }

    private static double G(double c, double t)
    {
        var ct = c * t;
        // Below 1e-8 the series t·(1 − ct/2) is exact to double precision, and it avoids 0/0 at c = 0.
        return Math.Abs(ct) < 1e-8 ? t * (1 - ct / 2) : -Expm1.Of(-ct) / c;
    }
}
