using Siege.Engine.Simulation;
using Siege.Ensembles.WhatIf;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Sensitivity;
using Siege.Scenarios.Variants;

namespace Siege.Ensembles.Sensitivity;

/// <summary>
/// Runs the one-at-a-time sensitivity of a scenario through the run store: the baseline once, then for each figure
/// the variant at its low and at its high end, each on the same seeds (common random numbers, as a what-if), each
/// resuming what the store already holds. An end equal to the figure's value is the baseline itself and is not run.
/// </summary>
public sealed class SensitivityRunner(RunStore store, LoadedScenario baseline, IScenarioFiles files)
{
    public EnsembleKey BaselineKey { get; } = EnsembleKey.Of(baseline);

    /// <summary>
    /// The effects of <paramref name="figures"/> over <paramref name="seeds"/>. <paramref name="done"/> hears of each
    /// figure when both its ends are compared (for progress lines; null for none).
    /// </summary>
    public async Task<SensitivityResult> RunAsync(
        IReadOnlyList<RangedFigure> figures, SeedRange seeds, int threads = 0, Action<int, ParameterEffect>? done = null,
        CancellationToken cancellation = default)
    {
        await new EnsembleRunner(SiegeModel.Compile(baseline.Scenario), store, BaselineKey)
            .RunAsync(seeds, threads, null, cancellation).ConfigureAwait(false);
        var effects = new List<ParameterEffect>(figures.Count);
        SideSummary? baselineSummary = null;
        foreach (var figure in figures)
        {
            var low = await EndAsync(figure, RangeEnd.Low, seeds, threads, cancellation).ConfigureAwait(false);
            var high = await EndAsync(figure, RangeEnd.High, seeds, threads, cancellation).ConfigureAwait(false);
            baselineSummary ??= low.Baseline;
            var effect = new ParameterEffect(figure.Path, figure.Value, figure.Low, figure.High, figure.Sources, figure.File, figure.Line,
                EndEffect.Of(low), EndEffect.Of(high));
            effects.Add(effect);
            done?.Invoke(effects.Count, effect);
        }
        baselineSummary ??= WhatIfComparer.Compare(store, BaselineKey, BaselineKey, NoChange, seeds).Baseline;
        var ordered = effects
            .OrderByDescending(e => Math.Abs(e.SwingDays))
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        return new SensitivityResult(baseline.Scenario.Id, seeds.Count, seeds.First, baselineSummary, ordered);
    }

    private async Task<PairedComparison> EndAsync(RangedFigure figure, RangeEnd end, SeedRange seeds, int threads, CancellationToken cancellation)
    {
        var loaded = SensitivityVariant.Load(files, figure, end);
        if (!loaded.Succeeded)
            throw new InvalidOperationException(
                $"{figure.Path} at its {end.ToString().ToLowerInvariant()} end does not load: {string.Join("; ", loaded.Diagnostics)}");
        // The figure at its own value is the baseline: compare the baseline's runs with themselves (exactly zero).
        if (figure.End(end) == figure.Value)
            return WhatIfComparer.Compare(store, BaselineKey, BaselineKey, loaded.Variant!, seeds);
        var key = EnsembleKey.Of(loaded.Scenario!, loaded.Variant!.ContentHash);
        await new EnsembleRunner(SiegeModel.Compile(loaded.Scenario!.Scenario), store, key)
            .RunAsync(seeds, threads, null, cancellation).ConfigureAwait(false);
        return WhatIfComparer.Compare(store, BaselineKey, key, loaded.Variant!, seeds);
    }

    private static readonly Variant NoChange = new("null", "", "", "", "", "", null, [], 0, "", "");
}
