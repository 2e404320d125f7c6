using System.Collections.Concurrent;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Sensitivity;

namespace Siege.Ensembles.Sensitivity;

/// <summary>
/// Runs the points of a global sensitivity design through the run store: each point is a generated variant (every
/// figure set to its value there, <see cref="SensitivityPoint"/>), keyed by its hash like any variant, and run on the
/// same seeds as every other point. Worker threads take whole points (load the variant, compile it, run its seeds) and
/// hand each point's runs to one writer, which stores them in one transaction: a kill loses at most the points under
/// way, and a second call runs only the points the store lacks. Points already stored are not even loaded. A point
/// whose values break a rule of the scenario (an offensive's pause ratio not below its opening ratio, say) does not
/// load; it is not run, and its output is NaN, which the estimators leave out.
/// </summary>
internal sealed class PointRunner(RunStore store, LoadedScenario baseline, IScenarioFiles files)
{
    // Why each point found not to load did not, so reading the outputs afterwards need not load it again.
    private readonly ConcurrentDictionary<EnsembleKey, string> _rejected = new();

    /// <summary>Makes sure every point has every seed stored; <paramref name="progress"/> hears (points done, points) after each stored point.</summary>
    public async Task EnsureAsync(
        IReadOnlyList<IReadOnlyList<(RangedFigure Figure, double Value)>> points, SeedRange seeds, int threads,
        Action<int, int>? progress, CancellationToken cancellation)
    {
        var keys = points.Select(Key).ToArray();
        // Looked up here, before any worker starts: the store serves one thread at a time.
        var stored = new Dictionary<int, HashSet<ulong>>();
        foreach (var i in Enumerable.Range(0, points.Count).DistinctBy(i => keys[i]))
            if (store.StoredSeeds(keys[i], seeds) is var found && found.Count < seeds.Count)
                stored[i] = found;
        // The same point twice (Saltelli's A and B share their first row, say) is run once.
        var missing = stored.Keys.Order().ToArray();
        var done = points.Count - missing.Length;
        // A repeated point counts as done from the start: its first copy runs for it.
        progress?.Invoke(done, points.Count);
        if (missing.Length == 0) return;

        var workers = Math.Min(threads == 0 ? Environment.ProcessorCount : threads, missing.Length);
        using var finished = new BlockingCollection<(EnsembleKey Key, List<StoredRun> Runs)>(boundedCapacity: workers);
        using var writerFailed = new CancellationTokenSource();
        var next = -1;

        void Work()
        {
            int k;
            while (!cancellation.IsCancellationRequested && !writerFailed.IsCancellationRequested
                && (k = Interlocked.Increment(ref next)) < missing.Length)
            {
                var i = missing[k];
                var loaded = SensitivityPoint.Load(files, points[i]);
                if (!loaded.Succeeded)
                {
                    _rejected[keys[i]] = Reason(loaded);
                    finished.Add((keys[i], []), writerFailed.Token);
                    continue;
                }
                var model = SiegeModel.Compile(loaded.Scenario!.Scenario);
                var runs = Enumerable.Range(0, seeds.Count).Select(s => seeds.First + (ulong)s)
                    .Where(seed => !stored[i].Contains(seed))
                    .Select(seed => StoredRun.From(model.Run(seed, RunDetail.WithoutChronicle)))
                    .ToList();
                finished.Add((keys[i], runs), writerFailed.Token);
            }
        }

        async Task Produce()
        {
            try
            {
                await Task.WhenAll(Enumerable.Range(0, workers).Select(_ =>
                    Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))).ConfigureAwait(false);
            }
            finally
            {
                finished.CompleteAdding();
            }
        }

        void Write()
        {
            foreach (var (key, runs) in finished.GetConsumingEnumerable(CancellationToken.None))
            {
                if (runs.Count > 0) store.Write(key, runs);
                progress?.Invoke(++done, points.Count);
            }
        }

        var producing = Produce();
        try
        {
            await Task.Factory.StartNew(Write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        }
        catch
        {
            await writerFailed.CancelAsync().ConfigureAwait(false);
            try { await producing.ConfigureAwait(false); } catch (OperationCanceledException) { }
            throw;
        }
        await producing.ConfigureAwait(false);
        cancellation.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// The mean length in days of the point's stored runs over <paramref name="seeds"/>, or NaN with the reason when
    /// the point does not load.
    /// </summary>
    public (double Days, string? Rejected) MeanDays(IReadOnlyList<(RangedFigure Figure, double Value)> point, SeedRange seeds)
    {
        var (sum, count) = (0.0, 0);
        foreach (var run in store.ReadRuns(Key(point), seeds))
        {
            sum += run.EndHour / 24.0;
            count++;
        }
        if (count == 0 && _rejected.TryGetValue(Key(point), out var known)) return (double.NaN, known);
        if (count == 0 && SensitivityPoint.Load(files, point) is { Succeeded: false } rejected)
            return (double.NaN, _rejected[Key(point)] = Reason(rejected));
        if (count < seeds.Count) throw new InvalidOperationException($"a point of the design has {count} of its {seeds.Count} runs stored");
        return (sum / count, null);
    }

    private static string Reason(Scenarios.Variants.VariantLoadResult result) => result.Diagnostics.FirstOrDefault()?.ToString() ?? "it does not load";

    public EnsembleKey Key(IReadOnlyList<(RangedFigure Figure, double Value)> point) =>
        EnsembleKey.Of(baseline, SensitivityPoint.ContentHash(point));
}
