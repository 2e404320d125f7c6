using Siege.Engine.Simulation;
using Siege.Ensembles.WhatIf;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Sensitivity;
using Siege.Scenarios.Variants;

namespace Siege.Ensembles.Sensitivity;

/// <summary>
/// The one-at-a-time sensitivity of a scenario through the run store, in two steps as a what-if has them:
/// <see cref="EnsureAsync"/> runs what the store lacks (the baseline, then each figure at its low and its high end, all
/// on the same seeds: common random numbers), and <see cref="Compare"/> only reads. An end equal to the figure's
/// value is the baseline itself, so it is neither run nor stored twice.
/// </summary>
public sealed class SensitivityRunner(RunStore store, LoadedScenario baseline, IScenarioFiles files)
{
    public EnsembleKey BaselineKey { get; } = EnsembleKey.Of(baseline);

    /// <summary>
    /// Runs every seed of <paramref name="seeds"/> the store lacks, for the baseline and both ends of each figure.
    /// <paramref name="done"/> hears of each figure once both its ends are stored (for progress lines; null for none).
    /// </summary>
    public async Task EnsureAsync(
        IReadOnlyList<RangedFigure> figures, SeedRange seeds, int threads = 0, Action<int, RangedFigure>? done = null,
        CancellationToken cancellation = default)
    {
        await new EnsembleRunner(SiegeModel.Compile(baseline.Scenario), store, BaselineKey)
            .RunAsync(seeds, threads, null, cancellation).ConfigureAwait(false);
        for (var i = 0; i < figures.Count; i++)
        {
            foreach (var end in Ends)
                if (End(figures[i], end) is var (key, changed, _) && key != BaselineKey)
                    await new EnsembleRunner(SiegeModel.Compile(changed.Scenario), store, key)
                        .RunAsync(seeds, threads, null, cancellation).ConfigureAwait(false);
            done?.Invoke(i + 1, figures[i]);
        }
    }

    /// <summary>The effects of <paramref name="figures"/> over <paramref name="seeds"/>, from the stored runs (see <see cref="EnsureAsync"/>).</summary>
    public SensitivityResult Compare(IReadOnlyList<RangedFigure> figures, SeedRange seeds)
    {
        var effects = figures.Select(f =>
        {
            var (low, high) = (Comparison(f, RangeEnd.Low, seeds), Comparison(f, RangeEnd.High, seeds));
            return new ParameterEffect(f.Path, f.Value, f.Low, f.High, f.Sources, f.File, f.Line, EndEffect.Of(low), EndEffect.Of(high));
        }).ToList();
        var ordered = effects
            .OrderByDescending(e => Math.Abs(e.SwingDays))
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        var baselineSummary = WhatIfComparer.Compare(store, BaselineKey, BaselineKey, Unchanged, seeds).Baseline;
        return new SensitivityResult(baseline.Scenario.Id, seeds.Count, seeds.First, baselineSummary, ordered);
    }

    private PairedComparison Comparison(RangedFigure figure, RangeEnd end, SeedRange seeds)
    {
        var (key, _, variant) = End(figure, end);
        return WhatIfComparer.Compare(store, BaselineKey, key, variant, seeds);
    }

    /// <summary>The scenario with the figure at one end, and the key its runs are stored under (the baseline's when the end is the value).</summary>
    private (EnsembleKey Key, LoadedScenario Changed, Variant Variant) End(RangedFigure figure, RangeEnd end)
    {
        var result = SensitivityVariant.Load(files, figure, end);
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"{figure.Path} at its {end.ToString().ToLowerInvariant()} end does not load: {string.Join("; ", result.Diagnostics)}");
        var key = figure.End(end) == figure.Value ? BaselineKey : EnsembleKey.Of(result.Scenario!, result.Variant!.ContentHash);
        return (key, result.Scenario!, result.Variant!);
    }

    private static readonly RangeEnd[] Ends = [RangeEnd.Low, RangeEnd.High];

    // The comparer names the variant it compares; the baseline against itself has none.
    private static readonly Variant Unchanged = new("null", "", "", "", "", "", null, [], 0, "", "");
}
