using Siege.Engine.Domain;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;

namespace Siege.Calibration;

/// <summary>How thoroughly to calibrate: seeds per grid cell and the two grids' sizes.</summary>
public sealed record CalibrationSettings
{
    /// <summary>
    /// The record items whose figures the likelihood uses when none are named: the scenario's own choice
    /// (<c>calibration.observe</c>, <see cref="LoadedScenario.CalibrationItems"/>), or every item a run measures
    /// when it makes none. The rest of the record is left to check the result.
    /// </summary>
    public static IReadOnlyList<string> DefaultObserved(LoadedScenario loaded) =>
        loaded.CalibrationItems.IsEmpty
            ? [.. RecordTargets.From(loaded.Record, loaded.Scenario).Select(t => t.ItemId)]
            : loaded.CalibrationItems;

    public int Seeds { get; init; } = 32;
    public int CoarseSeeds { get; init; } = 16;
    public int CoarsePoints { get; init; } = 15;
    public int FinePoints { get; init; } = 21;

    /// <summary>How far the coarse grid reaches to either side of the prior's median, in prior standard deviations.</summary>
    public double PriorSpan { get; init; } = 4;

    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>The record items the likelihood uses; empty means every item a run measures.</summary>
    public IReadOnlyList<string> Observed { get; init; } = [];
}

/// <summary>One record item set against the posterior predictive distribution of its run measure.</summary>
public sealed record PredictiveCheck(RecordTarget Target, bool Used, Predictive Predictive);

/// <summary>What a calibration found; <see cref="Unmeasured"/> are the record items it could not set against any run, with why.</summary>
public sealed record CalibrationResult(
    PriorDerivation Prior,
    IReadOnlyList<Observation> Observations,
    GridPosterior Coarse,
    GridPosterior Posterior,
    double MassOutsideFineGrid,
    IReadOnlyList<PredictiveCheck> Checks,
    IReadOnlyList<UnmeasuredItem> Unmeasured);

/// <summary>
/// Bayesian calibration of a scenario's two kill rates: the CDB90 prior (<see cref="Cdb90Prior"/>) updated with the
/// likelihood of the chosen record figures (<see cref="RecordTargets"/>), evaluated on a grid in two passes. The coarse
/// pass spans the prior widely; the fine pass covers the box holding 99.99 % of the coarse posterior. Every record item
/// a run measures, used or not, is then compared with the posterior predictive distribution: the items not used are an
/// honest check, the others show how well the fit explains what it was given.
/// </summary>
public static class RecordCalibration
{
    public static CalibrationResult Run(Scenario scenario, HistoricalRecord record, PriorDerivation prior, CalibrationSettings settings)
    {
        var targets = RecordTargets.From(record, scenario);
        IReadOnlyList<string> observed = settings.Observed.Count > 0 ? settings.Observed : [.. targets.Select(t => t.ItemId)];
        var unknown = observed.Where(id => targets.All(t => t.ItemId != id)).ToList();
        if (unknown.Count > 0) throw new ArgumentException(NotMeasured(unknown, record, scenario, targets));
        var observations = targets.Where(t => observed.Contains(t.ItemId)).Select(t => t.Primary).ToList();

        var p = prior.Prior;
        var coarse = GridPosterior.Compute(p,
            ParameterAxis.Around(p.AttackerMedian, settings.PriorSpan * p.AttackerLogSd, settings.CoarsePoints),
            ParameterAxis.Around(p.DefenderMedian, settings.PriorSpan * p.DefenderLogSd, settings.CoarsePoints),
            observations, Simulate(scenario, settings.CoarseSeeds, targets), settings.Threads);
        var (attacker, defender, outside) = coarse.Box(0.9999, pad: 1, settings.FinePoints);
        var fine = GridPosterior.Compute(p, attacker, defender, observations, Simulate(scenario, settings.Seeds, targets), settings.Threads);

        var checks = targets.Select(t => new PredictiveCheck(t, observed.Contains(t.ItemId), fine.Predict(t.Slot))).ToList();
        return new CalibrationResult(prior, observations, coarse, fine, outside, checks, RecordTargets.Unmeasured(record, scenario));
    }

    /// <summary>Why the named items cannot be fitted: each one's reason, or that the record has no such item; and which can.</summary>
    public static string NotMeasured(IEnumerable<string> ids, HistoricalRecord record, Scenario scenario, IReadOnlyList<RecordTarget> targets)
    {
        var unmeasured = RecordTargets.Unmeasured(record, scenario).ToDictionary(u => u.ItemId, u => u.Reason, StringComparer.Ordinal);
        var why = ids.Select(id => unmeasured.TryGetValue(id, out var reason) ? $"{id}: {reason}" : $"{id}: not a record item");
        return $"not a record item a run measures: {string.Join("; ", why)} (known: {string.Join(", ", targets.Select(t => t.ItemId))})";
    }

    /// <summary>The engine at the given rates, seeds 1 to <paramref name="seeds"/>: each run's measures of <paramref name="targets"/>.</summary>
    public static Simulator Simulate(Scenario scenario, int seeds, IReadOnlyList<RecordTarget> targets) => (a, d) =>
    {
        var compiled = SiegeModel.Compile(CdbRateMatching.WithRates(scenario, a, d));
        var measures = new double[seeds][];
        for (var seed = 1; seed <= seeds; seed++) measures[seed - 1] = RecordTargets.Measure(targets, compiled.Run((ulong)seed));
        return measures;
    };
}
