using Siege.Engine.Simulation;
using Siege.Ensembles;
using Siege.Ensembles.Sensitivity;
using Siege.Scenarios.Sensitivity;

namespace Siege.Report;

/// <summary>Progress of one part of the work (the baseline, or a variant by its id): a callback while it runs, one when it is done.</summary>
public interface IReportRunsProgress
{
    Action<EnsembleProgress>? Starting(string part);

    void Finished(string part, EnsembleRunReport report);
}

/// <summary>
/// Makes sure the store holds every run a report needs: the baseline's seeds and, for each what-if, the variant's
/// on the same seeds (common random numbers, as <c>siege whatif</c> runs them). Seeds already stored are not run.
/// With <c>runBaseline</c> false the baseline is taken as stored (a report on what a store holds), and only the
/// variants are run on its seeds. A sensitivity asked for runs its variants too.
/// </summary>
public static class ReportRuns
{
    public const string BaselinePart = "baseline";

    public static async Task EnsureAsync(
        RunStore store, ReportRequest request, int threads = 0, IReportRunsProgress? progress = null,
        bool runBaseline = true, CancellationToken cancellation = default)
    {
        var work = (runBaseline ? new[] { (BaselinePart, request.Baseline.Scenario, request.BaselineKey) } : [])
            .Concat(request.Variants.Select(v => (v.Variant.Id, v.Loaded.Scenario, v.Key)));
        foreach (var (name, scenario, key) in work)
        {
            var report = await new EnsembleRunner(SiegeModel.Compile(scenario), store, key)
                .RunAsync(request.Seeds, threads, progress?.Starting(name), cancellation).ConfigureAwait(false);
            progress?.Finished(name, report);
        }
        if (request.SensitivityOf is { } files && request.SensitivityMethod == SensitivityMethods.OneAtATime)
            await new SensitivityRunner(store, request.Baseline, files)
                .EnsureAsync(RangedFigures.Find(files), request.Seeds, threads, null, cancellation).ConfigureAwait(false);
        else if (request.SensitivityOf is { } figuresOf)
            await new GlobalSensitivityRunner(store, request.Baseline, figuresOf)
                .EnsureAsync(request.SensitivityMethod, RangedFigures.Find(figuresOf), request.SensitivitySamples, request.SensitivitySeeds,
                    threads, null, cancellation).ConfigureAwait(false);
    }
}
