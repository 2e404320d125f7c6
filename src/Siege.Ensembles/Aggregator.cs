using System.Collections.Immutable;
using Siege.Scenarios.Loading;

namespace Siege.Ensembles;

/// <summary>
/// Builds an <see cref="EnsembleSummary"/> from a store by streaming: every statistic is a count or an integer sum,
/// so memory depends on the scenario (hours, men, positions), not on the number of runs, and the result does not
/// depend on the order in which runs were written or read.
/// </summary>
public static class Aggregator
{
    private static readonly int[] Deciles = [10, 50, 90];

    /// <summary>
    /// The summary of the runs of <paramref name="key"/> over <paramref name="seeds"/>. The hold probabilities are
    /// measured against the scenario's record: its recorded length and its order to hold (<c>holdOrder</c>); a
    /// scenario without either has no such probability (null).
    /// </summary>
    public static EnsembleSummary Summarize(RunStore store, LoadedScenario loaded, EnsembleKey key, SeedRange seeds)
    {
        var scenario = loaded.Scenario;
        var recordedDays = RecordedLength.Days(loaded.Record, scenario.Start);
        var recordedHours = recordedDays is { } r ? HoursAtLeast(r) : (int?)null;
        var orderedDays = loaded.Record.HoldOrder?.Days;
        var orderedHours = orderedDays is { } ordered ? HoursAtLeast(ordered) : (int?)null;

        var duration = new CountingHistogram();
        var offensiveCount = new CountingHistogram();
        var defender = new SideHistograms();
        var attacker = new SideHistograms();
        int heldRecorded = 0, heldOrdered = 0;
        foreach (var run in store.ReadRuns(key, seeds))
        {
            duration.Add(run.EndHour);
            offensiveCount.Add(run.OffensiveCount);
            defender.Add(run.Defender);
            attacker.Add(run.Attacker);
            if (recordedHours is { } rh && run.EndHour >= rh) heldRecorded++;
            if (orderedHours is { } oh && run.EndHour >= oh) heldOrdered++;
        }
        var n = (int)duration.Count;

        var starts = new SortedDictionary<int, CountingHistogram>();
        foreach (var o in store.ReadOffensives(key, seeds))
        {
            if (!starts.TryGetValue(o.Ordinal, out var h)) starts[o.Ordinal] = h = new CountingHistogram();
            h.Add(o.StartHour);
        }

        var falls = scenario.Map.Positions.ToDictionary(p => p.Id, _ => new CountingHistogram(), StringComparer.Ordinal);
        foreach (var f in store.ReadPositionFalls(key, seeds))
            if (f.LostAtHour is { } lost && falls.TryGetValue(f.PositionId, out var h)) h.Add(lost);

        return new EnsembleSummary(
            scenario.Id,
            key.VariantHash == EnsembleKey.NoVariant ? null : key.VariantHash,
            n,
            seeds.First,
            duration.Percentiles(Deciles) is { } d
                ? new DurationStats(Math.Round(duration.Sum / 24.0 / n, 2), Days(d[0]), Days(d[1]), Days(d[2]))
                : null,
            n == 0 || recordedHours is null ? null : Share(heldRecorded, n),
            n == 0 || orderedHours is null ? null : Share(heldOrdered, n),
            new OffensiveStats(
                offensiveCount.Percentile(50) is { } c ? new MedianCount(c) : null,
                [.. starts.Values.Select(DayDeciles).OfType<DayPercentiles>()]),
            new CasualtyStats(defender.Stats(), attacker.Stats()),
            [.. scenario.Map.Positions.Select(p => new PositionStats(
                p.Id, p.Name, p.NameEn, Camel(p.Tier.ToString()),
                n == 0 ? 0 : Share((int)falls[p.Id].Count, n),
                DayDeciles(falls[p.Id])))],
            new RecordFigures(recordedDays, orderedDays));
    }

    /// <summary>The first whole hour by which a run has lasted <paramref name="days"/>.</summary>
    private static int HoursAtLeast(double days) => (int)Math.Ceiling(days * 24 - 1e-9);

    private static double Days(int hours) => Math.Round(hours / 24.0, 2);

    private static double Share(int count, int n) => Math.Round((double)count / n, 4);

    private static DayPercentiles? DayDeciles(CountingHistogram h) =>
        h.Percentiles(Deciles) is { } p ? new DayPercentiles(Days(p[0]), Days(p[1]), Days(p[2])) : null;

    private static CountPercentiles? CountDeciles(CountingHistogram h) =>
        h.Percentiles(Deciles) is { } p ? new CountPercentiles(p[0], p[1], p[2]) : null;

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private sealed class SideHistograms
    {
        private readonly CountingHistogram _killed = new();
        private readonly CountingHistogram _wounded = new();
        private readonly CountingHistogram _captured = new();

        public void Add(Siege.Engine.Results.Casualties c)
        {
            _killed.Add(c.Killed);
            _wounded.Add(c.Wounded);
            _captured.Add(c.Captured);
        }

        public SideCasualtyStats Stats() => new(CountDeciles(_killed), CountDeciles(_wounded), CountDeciles(_captured));
    }
}
