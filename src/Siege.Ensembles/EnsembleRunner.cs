using System.Diagnostics;
using System.Collections.Concurrent;
using Siege.Engine.Simulation;

namespace Siege.Ensembles;

/// <summary>Where an ensemble stands: runs stored of those requested, how many this invocation ran, and its speed.</summary>
public readonly record struct EnsembleProgress(int Done, int Requested, int Executed, double RunsPerSecond);

/// <summary>What one invocation did: how many seeds it found stored, how many it ran, and how long it took.</summary>
public sealed record EnsembleRunReport(int Requested, int Reused, int Executed, int Threads, TimeSpan Elapsed)
{
    public double RunsPerSecond => Elapsed.TotalSeconds > 0 ? Executed / Elapsed.TotalSeconds : 0;

    public EnsembleTiming Timing => new(Threads, Executed, Reused, Math.Round(Elapsed.TotalSeconds, 3), Math.Round(RunsPerSecond, 1));
}

/// <summary>
/// Runs the seeds of a range that the store does not hold yet: worker threads run seeds and hand batches of compact
/// results through a bounded queue to one writer, which commits each batch as one transaction. Bounded queues and
/// chunks of seeds keep memory independent of the number of runs; a kill loses at most the runs not yet committed.
/// </summary>
public sealed class EnsembleRunner(SiegeModel model, RunStore store, EnsembleKey key)
{
    public const int DefaultBatchSize = 64;

    /// <summary>Seeds looked up in the store at a time, so the set of stored seeds never grows with the range.</summary>
    public const int ChunkSize = 4096;

    /// <summary>Runs per transaction: large enough that commits cost little, small enough that a kill loses little.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>
    /// Makes sure every seed of <paramref name="seeds"/> is stored, running those that are not on
    /// <paramref name="threads"/> threads (0: one per core). <paramref name="progress"/> is called on the writer after
    /// each commit. On cancellation the runs already finished are committed before the cancellation is thrown.
    /// </summary>
    public async Task<EnsembleRunReport> RunAsync(
        SeedRange seeds, int threads = 0, Action<EnsembleProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1);
        if (model.Scenario.Id != key.ScenarioId)
            throw new ArgumentException($"the key is for scenario '{key.ScenarioId}', the model for '{model.Scenario.Id}'", nameof(key));
        var workers = threads == 0 ? Environment.ProcessorCount : threads;
        var clock = Stopwatch.StartNew();
        int reused = 0, executed = 0;

        for (var offset = 0; offset < seeds.Count; offset += ChunkSize)
        {
            cancellation.ThrowIfCancellationRequested();
            var chunk = new SeedRange(seeds.First + (ulong)offset, Math.Min(ChunkSize, seeds.Count - offset));
            var stored = store.StoredSeeds(key, chunk);
            reused += stored.Count;
            var missing = Enumerable.Range(0, chunk.Count).Select(i => chunk.First + (ulong)i).Where(s => !stored.Contains(s)).ToArray();
            var before = reused + executed;
            executed += await RunChunk(missing, workers, done =>
                progress?.Invoke(new EnsembleProgress(before + done, seeds.Count, executed + done, executed + done == 0 ? 0 : (executed + done) / clock.Elapsed.TotalSeconds)),
                cancellation);
        }
        return new EnsembleRunReport(seeds.Count, reused, executed, workers, clock.Elapsed);
    }

    private async Task<int> RunChunk(ulong[] seeds, int workers, Action<int> committed, CancellationToken cancellation)
    {
        if (seeds.Length == 0) return 0;
        workers = Math.Min(workers, seeds.Length);
        // Workers hand over whole batches, so the writer wakes once per transaction rather than once per run (a
        // wake-up per run cost about as much as writing it). At most one finished batch per worker waits, and each
        // worker fills one more, so memory is bounded by the batch size and the number of workers, not by the runs.
        using var finished = new BlockingCollection<List<StoredRun>>(boundedCapacity: workers);
        // Stops the workers if the writer fails, so none waits forever on a full queue.
        using var writerFailed = new CancellationTokenSource();
        var next = -1;

        void Work()
        {
            var batch = new List<StoredRun>(BatchSize);
            int i;
            while (!cancellation.IsCancellationRequested && !writerFailed.IsCancellationRequested
                && (i = Interlocked.Increment(ref next)) < seeds.Length)
            {
                batch.Add(StoredRun.From(model.Run(seeds[i], RunDetail.WithoutChronicle)));
                if (batch.Count < BatchSize) continue;
                finished.Add(batch, writerFailed.Token);
                batch = new List<StoredRun>(BatchSize);
            }
            // Runs already finished are handed over on cancellation too: they are committed before it is thrown.
            if (batch.Count > 0) finished.Add(batch, writerFailed.Token);
        }

        async Task Produce()
        {
            try
            {
                // Dedicated threads: a run is a millisecond of CPU, and blocking pool threads would starve the writer.
                await Task.WhenAll(Enumerable.Range(0, workers).Select(_ =>
                    Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))).ConfigureAwait(false);
            }
            finally
            {
                finished.CompleteAdding();
            }
        }

        int Write()
        {
            var written = 0;
            foreach (var batch in finished.GetConsumingEnumerable(CancellationToken.None))
            {
                // Counts the batch as done even where another process stored a seed first: either way it is stored now.
                store.Write(key, batch);
                written += batch.Count;
                committed(written);
            }
            return written;
        }

        var producing = Produce();
        int total;
        try
        {
            total = await Task.Factory.StartNew(Write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        }
        catch
        {
            await writerFailed.CancelAsync().ConfigureAwait(false);
            try { await producing.ConfigureAwait(false); } catch (OperationCanceledException) { }
            throw;
        }
        await producing.ConfigureAwait(false);
        cancellation.ThrowIfCancellationRequested();
        return total;
    }
}
