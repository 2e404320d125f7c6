using Siege.Lanchester.Model;

namespace Siege.Lanchester.ClosedForms;

/// <summary>
/// Losses in proportion to one's own strength, dx/dt = −a·x, dy/dt = −b·y: x(t) = x0·e^(−at), y(t) = y0·e^(−bt).
/// b·ln x − a·ln y is conserved. Neither side is ever destroyed, so there is no winner.
/// </summary>
public sealed record LogarithmicLawSolution(double A, double B, double X0, double Y0) : ClosedFormSolution(A, B, X0, Y0)
{
    public override LanchesterLaw Law => LanchesterLaw.Logarithmic;

    public override double Invariant(Strengths s) => B * Math.Log(s.Attacker) - A * Math.Log(s.Defender);

    protected override Strengths Evaluate(double t) => new(X0 * Math.Exp(-A * t), Y0 * Math.Exp(-B * t));

    protected override BattleEnd Decide() => BattleEnd.NoDecision;
}
