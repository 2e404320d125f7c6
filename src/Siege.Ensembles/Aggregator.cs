using System.Collections.Immutable;
using Siege.Engine.Results;
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
        var reasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var run in store.ReadRuns(key, seeds))
        {
            var reason = run.EndReason is { } why ? BatchWriter.EndReasonText(why) : "unknown";
            reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
            duration.Add(run.EndHour);
            offensiveCount.Add(run.OffensiveCount);
            defender.Add(run.Defender);
            attacker.Add(run.Attacker);
            if (recordedHours is { } rh && run.EndHour >= rh) heldRecorded++;
            if (orderedHours is { } oh && run.EndHour >= oh) heldOrdered++;
        }
        var n = (int)duration.Count;
        foreach (var kinds in store.ReadCasualtiesByKind(key, seeds))
        {
            defender.AddKinds(kinds.Defender);
            attacker.AddKinds(kinds.Attacker);
        }

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
            [.. EndReasonOrder(reasons.Keys).Select(r => new EndReasonShare(r, reasons[r], Share(reasons[r], n)))],
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

    /// <summary>The reasons in the order of <see cref="EndReason"/>, then "unknown" (runs stored before reasons were kept).</summary>
    private static IEnumerable<string> EndReasonOrder(IEnumerable<string> found)
    {
        var present = found.ToHashSet(StringComparer.Ordinal);
        foreach (var reason in Enum.GetValues<EndReason>().Select(BatchWriter.EndReasonText))
            if (present.Contains(reason)) yield return reason;
        if (present.Contains("unknown")) yield return "unknown";
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private sealed class SideHistograms
    {
        private static readonly CombatKind[] Kinds = Enum.GetValues<CombatKind>();
        private readonly CountingHistogram _killed = new();
        private readonly CountingHistogram _wounded = new();
        private readonly CountingHistogram _captured = new();
        private readonly CountingHistogram _diedOfWounds = new();
        private readonly CountingHistogram _returned = new();
        private readonly CountingHistogram _capturedWounded = new();
        private readonly CountingHistogram _woundedEver = new();
        // Sums over the runs that kept them, by kind: killed in action, ever wounded, captured unwounded.
        private readonly long[] _kinds = new long[Kinds.Length * 3];
        private int _runsWithKinds;

        public void Add(Casualties c)
        {
            _killed.Add(c.Killed);
            _wounded.Add(c.Wounded);
            _captured.Add(c.Captured);
            _diedOfWounds.Add(c.DiedOfWounds);
            _returned.Add(c.ReturnedToDuty);
            _capturedWounded.Add(c.CapturedWounded);
            _woundedEver.Add(c.WoundedEver);
        }

        public void AddKinds(ImmutableArray<Casualties> kinds)
        {
            _runsWithKinds++;
            for (var k = 0; k < Kinds.Length; k++)
            {
                _kinds[3 * k] += kinds[k].KilledInAction;
                _kinds[3 * k + 1] += kinds[k].WoundedEver;
                _kinds[3 * k + 2] += kinds[k].CapturedUnwounded;
            }
        }

        public SideCasualtyStats Stats() => new(CountDeciles(_killed), CountDeciles(_wounded), CountDeciles(_captured))
        {
            DiedOfWounds = CountDeciles(_diedOfWounds),
            ReturnedToDuty = CountDeciles(_returned),
            CapturedWounded = CountDeciles(_capturedWounded),
            WoundedEver = CountDeciles(_woundedEver),
            ByKind = KindShares(),
        };

        private ImmutableArray<KindShare> KindShares()
        {
            if (_runsWithKinds == 0) return [];
            var all = (double)_kinds.Sum();
            return [.. Kinds.Select((kind, k) => new KindShare(
                Camel(kind.ToString()),
                Math.Round((double)_kinds[3 * k] / _runsWithKinds, 1),
                Math.Round((double)_kinds[3 * k + 1] / _runsWithKinds, 1),
                Math.Round((double)_kinds[3 * k + 2] / _runsWithKinds, 1),
                all == 0 ? 0 : Math.Round((_kinds[3 * k] + _kinds[3 * k + 1] + _kinds[3 * k + 2]) / all, 4)))];
        }
    }
}
