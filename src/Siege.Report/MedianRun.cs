using Siege.Ensembles;

namespace Siege.Report;

/// <summary>
/// The representative run of an ensemble: the seed whose length is the ensemble's median. The median is the
/// nearest-rank one the summary reports (<see cref="CountingHistogram"/>), so it is the length of a run that exists;
/// of the seeds with that length the smallest is taken. Two streaming passes over the store, so memory does not grow
/// with the number of runs.
/// </summary>
public static class MedianRun
{
    public sealed record Choice(ulong Seed, int EndHour, int Runs);

    /// <summary>The representative seed, or null when the store holds no run of <paramref name="seeds"/> under the key.</summary>
    public static Choice? Find(RunStore store, EnsembleKey key, SeedRange seeds)
    {
        var lengths = new CountingHistogram();
        foreach (var run in store.ReadRuns(key, seeds)) lengths.Add(run.EndHour);
        if (lengths.Percentile(50) is not { } median) return null;
        // ReadRuns yields seeds in ascending order, so the first run of median length has the smallest seed.
        var seed = store.ReadRuns(key, seeds).First(r => r.EndHour == median).Seed;
        return new Choice(seed, median, (int)lengths.Count);
    }
}
