using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Fitting;

/// <summary>An estimate and its standard error; a fixed (not estimated) value has a standard error of 0.</summary>
public sealed record Estimate(double Value, double StandardError)
{
    public static Estimate Fixed(double value) => new(value, 0);

    [JsonIgnore]
    public bool IsFixed => StandardError == 0;

    public override string ToString() => IsFixed ? $"{Value:G6} (fixed)" : $"{Value:G6} ± {StandardError:G3}";
}

/// <summary>
/// One side's fitted attrition: loss rate = <see cref="Coefficient"/> · own^<see cref="OwnExponent"/> ·
/// enemy^<see cref="EnemyExponent"/>. <see cref="Equations"/> is the number of data used for this side (intervals
/// for <see cref="FitMethod.Differences"/>, strength observations for <see cref="FitMethod.Trajectory"/>);
/// <see cref="ResidualStandardDeviation"/> is their scatter about the fit: of ln(loss rate) when exponents are
/// estimated by differences, of the loss rate (men a day) when they are fixed, of ln(strength) for a trajectory fit.
/// </summary>
public sealed record SideFit(Estimate Coefficient, Estimate OwnExponent, Estimate EnemyExponent, int Equations, double ResidualStandardDeviation)
{
    [JsonIgnore]
    public Exponents Exponents => new(OwnExponent.Value, EnemyExponent.Value);
}

/// <summary>
/// A Wald test of the fitted exponents against a named law: the chi-square statistic with
/// <paramref name="DegreesOfFreedom"/> degrees of freedom, and the probability of a statistic at least as large if
/// the law held. A small p-value rejects the law.
/// </summary>
public sealed record LawTest(LanchesterLaw Law, double ChiSquare, int DegreesOfFreedom, double PValue);

/// <summary>
/// The coefficients a (the defender's effect on the attacker) and b (the attacker's on the defender) and the
/// exponents, with standard errors. <see cref="LawTests"/> is empty when the exponents were fixed, or when the fit is
/// exact (no residual scatter) so that no test is defined. <see cref="Skipped"/> counts data left out: for
/// differences, intervals that end with a side at zero and (when exponents are estimated) a side's intervals with no
/// positive loss to take a logarithm of; for a trajectory fit, observations of a side at zero.
/// <see cref="X0"/> and <see cref="Y0"/> are the fitted initial strengths of a trajectory fit (null for differences).
/// </summary>
public sealed record LanchesterFitResult(
    FitMethod Method,
    FitMode Mode,
    SideFit Attacker,
    SideFit Defender,
    ImmutableArray<LawTest> LawTests,
    int Skipped,
    Estimate? X0 = null,
    Estimate? Y0 = null)
{
    [JsonIgnore]
    public Estimate A => Attacker.Coefficient;

    [JsonIgnore]
    public Estimate B => Defender.Coefficient;

    /// <summary>
    /// The named law the exponents are least at odds with (largest p-value), or null when no test was made. It may
    /// still be rejected: see <see cref="LawsNotRejected"/>.
    /// </summary>
    public LanchesterLaw? NearestLaw => LawTests.IsDefaultOrEmpty ? null : LawTests.MaxBy(t => t.PValue)!.Law;

    /// <summary>The named laws whose test has a p-value of at least <paramref name="significance"/>.</summary>
    public IEnumerable<LanchesterLaw> LawsNotRejected(double significance = 0.05) =>
        LawTests.IsDefaultOrEmpty ? [] : LawTests.Where(t => t.PValue >= significance).Select(t => t.Law);

    /// <summary>The fitted model, to integrate from the given initial strengths.</summary>
    public LanchesterModel ToModel(double x0, double y0) =>
        new(A.Value, B.Value, Attacker.Exponents, Defender.Exponents, x0, y0);
}
