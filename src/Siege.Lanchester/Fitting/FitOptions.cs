using Siege.Lanchester.Model;

namespace Siege.Lanchester.Fitting;

public enum FitMode
{
    /// <summary>One pair of exponents (p, q) for both sides, as in the generalised law; a, b, p and q are estimated.</summary>
    SharedExponents,

    /// <summary>Each side its own exponents (which can reveal a mixed law); a, px, qx, b, py, qy are estimated.</summary>
    PerSideExponents,

    /// <summary>The exponents are given (a named law, or any); only a and b are estimated.</summary>
    FixedExponents,
}

public enum FitMethod
{
    /// <summary>Regression of the loss rates over each interval on the strengths (fast; right when the noise is in the losses).</summary>
    Differences,

    /// <summary>
    /// Nonlinear least squares on the logarithms of the strengths themselves: the model is integrated from fitted
    /// initial strengths and its whole trajectory matched to the series (right when the noise is in the counts).
    /// </summary>
    Trajectory,
}

/// <summary>
/// What <see cref="LanchesterFit.Fit"/> estimates, and the reinforcements it adds back to the observed changes in
/// strength. A schedule given here replaces the series' own reinforcement columns for that side.
/// </summary>
public sealed record FitOptions
{
    public FitMode Mode { get; init; } = FitMode.SharedExponents;

    public FitMethod Method { get; init; } = FitMethod.Differences;

    /// <summary>The RK4 step (days) with which <see cref="FitMethod.Trajectory"/> integrates candidate models.</summary>
    public double Step { get; init; } = 0.05;

    /// <summary>The attacker's exponents, used with <see cref="FitMode.FixedExponents"/>.</summary>
    public Exponents AttackerExponents { get; init; } = Exponents.AimedFire;

    /// <summary>The defender's exponents, used with <see cref="FitMode.FixedExponents"/>.</summary>
    public Exponents DefenderExponents { get; init; } = Exponents.AimedFire;

    public ReinforcementSchedule? AttackerReinforcements { get; init; }

    public ReinforcementSchedule? DefenderReinforcements { get; init; }

    public static FitOptions Shared { get; } = new();

    public static FitOptions PerSide { get; } = new() { Mode = FitMode.PerSideExponents };

    /// <summary>Estimate a and b only, with the exponents of a named law.</summary>
    public static FitOptions ForLaw(LanchesterLaw law)
    {
        var (x, y) = LanchesterModel.ExponentsOf(law);
        return new FitOptions { Mode = FitMode.FixedExponents, AttackerExponents = x, DefenderExponents = y };
    }
}
