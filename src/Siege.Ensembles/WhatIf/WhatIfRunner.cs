using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Variants;

namespace Siege.Ensembles.WhatIf;

/// <summary>
/// A what-if over a run store: the baseline and the variant run on the same seeds (each part resuming what the store
/// holds), then compared seed by seed. Both hosts (the command line and the web server) go through here, so the two
/// answer the same question with the same JSON.
/// </summary>
public sealed class WhatIfRunner(RunStore store, LoadedScenario baseline, LoadedScenario changed, Variant variant)
{
    public EnsembleKey BaselineKey { get; } = EnsembleKey.Of(baseline);

    public EnsembleKey VariantKey { get; } = EnsembleKey.Of(changed, variant.ContentHash);

    /// <summary>
    /// The compiled models of the two parts, when the caller keeps them compiled already; otherwise each part
    /// compiles its own.
    /// </summary>
    public SiegeModel? BaselineModel { get; init; }

    public SiegeModel? VariantModel { get; init; }

    /// <summary>The two ensembles to run over the store, the baseline first.</summary>
    public IReadOnlyList<EnsembleRunner> Parts() =>
    [
        new EnsembleRunner(BaselineModel ?? SiegeModel.Compile(baseline.Scenario), store, BaselineKey),
        new EnsembleRunner(VariantModel ?? SiegeModel.Compile(changed.Scenario), store, VariantKey),
    ];

    /// <summary>The paired comparison of the stored runs of <paramref name="seeds"/> (both parts must be stored).</summary>
    public PairedComparison Compare(SeedRange seeds) => WhatIfComparer.Compare(store, BaselineKey, VariantKey, variant, seeds);

    /// <summary>Runs what the store lacks of both parts, then compares them; returns the comparison and the runs executed.</summary>
    public async Task<(PairedComparison Comparison, int Executed)> RunAsync(SeedRange seeds, int threads = 0, CancellationToken cancellation = default)
    {
        var executed = 0;
        foreach (var part in Parts())
            executed += (await part.RunAsync(seeds, threads, null, cancellation).ConfigureAwait(false)).Executed;
        return (Compare(seeds), executed);
    }
}
