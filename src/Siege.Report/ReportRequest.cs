using Siege.Ensembles;
using Siege.Ensembles.Sensitivity;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Variants;

namespace Siege.Report;

/// <summary>A what-if to report: the scenario with the variant applied, and the variant.</summary>
public sealed record VariantChoice(LoadedScenario Loaded, Variant Variant)
{
    public EnsembleKey Key => EnsembleKey.Of(Loaded, Variant.ContentHash);
}

/// <summary>
/// What to report on: a scenario's runs over a range of seeds, the what-ifs on the same seeds, and the optional parts
/// that cost time. <see cref="DerivePrior"/> re-derives the CDB90 prior of the kill rates (the rate matching of
/// <c>siege calibrate</c>, tens of seconds) for the scenario's own CDB90 classes (<c>calibration.prior</c>), and is
/// ignored for a scenario without them; without it the report states how the prior is built and the posterior the
/// scenario ships. <see cref="Validate"/> runs the CDB90 cross-validation (about a second).
/// </summary>
public sealed record ReportRequest(LoadedScenario Baseline, SeedRange Seeds, IReadOnlyList<VariantChoice> Variants)
{
    public bool DerivePrior { get; init; }

    public bool Validate { get; init; } = true;

    /// <summary>
    /// The scenario's files, to report its one-at-a-time sensitivity (<c>siege sensitivity</c>: two generated variants
    /// per ranged figure, on the same seeds); null for no sensitivity section. Costs 2 x figures x seeds runs.
    /// </summary>
    public IScenarioFiles? SensitivityOf { get; init; }

    /// <summary>
    /// The method of the sensitivity section: <c>oat</c> (above), or <c>sobol</c> or <c>morris</c> (every figure
    /// varying together, <see cref="SensitivitySamples"/> rows or trajectories, each point run on the first
    /// <see cref="SensitivityRunsPerPoint"/> seeds of the report's range; <c>siege sensitivity --method</c>).
    /// </summary>
    public string SensitivityMethod { get; init; } = SensitivityMethods.OneAtATime;

    public int SensitivitySamples { get; init; } = 64;

    public int SensitivityRunsPerPoint { get; init; } = 10;

    /// <summary>The seeds each point of a global design runs: the first of the report's.</summary>
    public SeedRange SensitivitySeeds => SeedRange.Of(Seeds.First, Math.Min(SensitivityRunsPerPoint, Seeds.Count));

    public EnsembleKey BaselineKey => EnsembleKey.Of(Baseline);
}
