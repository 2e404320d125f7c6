using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Ensembles;
using Siege.Report.Html;
using Siege.Scenarios.Record;

namespace Siege.Report;

/// <summary>
/// The ensemble's side of each record item: the 10th, 50th and 90th percentiles of what the item measures, over all
/// stored runs, or the share of runs in which it happened. Lengths and offensive openings come from the summary;
/// positions and casualties are counted here in one streaming pass each. A casualty figure is read through the same
/// scope resolver as the fidelity table, from the totals the store keeps: one it does not resolve says why.
/// </summary>
internal sealed class FidelitySpread
{
    private static readonly int[] Deciles = [10, 50, 90];

    private readonly EnsembleSummary _summary;
    private readonly Scenario _scenario;
    private readonly Dictionary<string, CountingHistogram> _firstLoss = new(StringComparer.Ordinal);
    private readonly Dictionary<CasualtiesItem, CountingHistogram> _casualties = [];
    private readonly Dictionary<CasualtiesItem, ScopeGap> _unresolved = [];
    private readonly Dictionary<PositionHeldItem, int> _lostBy = [];
    // Seeds in which the item's positions were (one of them) lost, or given up, by its day; and the first fall of a set.
    private readonly Dictionary<RecordItem, HashSet<ulong>> _failedBy = [];
    private readonly Dictionary<PositionsLostItem, Dictionary<ulong, int>> _firstOfSet = [];
    private readonly Dictionary<TargetSet, HashSet<string>> _members = [];

    public FidelitySpread(RunStore store, EnsembleKey key, SeedRange seeds, EnsembleSummary summary, Scenario scenario, HistoricalRecord record)
    {
        _summary = summary;
        _scenario = scenario;
        var held = record.Items.OfType<PositionHeldItem>().ToList();
        foreach (var item in held) _lostBy[item] = 0;
        var casualties = record.Items.OfType<CasualtiesItem>().ToList();
        foreach (var item in casualties) _casualties[item] = new CountingHistogram();
        var lostBy = record.Items.OfType<PositionLostByItem>().ToList();
        var heldSets = record.Items.OfType<PositionsHeldItem>().ToList();
        foreach (var item in lostBy.Cast<RecordItem>().Concat(heldSets)) _failedBy[item] = [];
        foreach (var item in record.Items.OfType<PositionsLostItem>()) _firstOfSet[item] = [];

        foreach (var run in store.ReadRuns(key, seeds))
        {
            var reported = ReportedCasualties.Totals(scenario.Start.AddHours(run.EndHour), run.Defender, run.Attacker);
            foreach (var item in casualties) Count(item, reported);
            // A city that fell before the day gave every position up (lostBy), and held none of them through it (heldSets).
            foreach (var item in lostBy.Where(i => Fell(run, i.Date))) _failedBy[item].Add(run.Seed);
            foreach (var item in heldSets.Where(i => Fell(run, i.Through))) _failedBy[item].Add(run.Seed);
        }
        foreach (var fall in store.ReadPositionFalls(key, seeds))
        {
            if (!_firstLoss.TryGetValue(fall.PositionId, out var h)) _firstLoss[fall.PositionId] = h = new CountingHistogram();
            h.Add(fall.FirstLostHour);
            foreach (var item in held)
                if (item.Position == fall.PositionId && fall.FirstLostHour <= EndOfDay(item.Date)) _lostBy[item]++;
            // Lost for good by the day: the store keeps the last loss, not every change of hands.
            foreach (var item in lostBy)
                if (item.Position == fall.PositionId && fall.LostAtHour <= EndOfDay(item.Date)) _failedBy[item].Add(fall.Seed);
            foreach (var item in heldSets)
                if (In(item.Positions, fall.PositionId) && fall.FirstLostHour <= EndOfDay(item.Through)) _failedBy[item].Add(fall.Seed);
            foreach (var (item, first) in _firstOfSet)
                if (In(item.Positions, fall.PositionId) && (!first.TryGetValue(fall.Seed, out var hour) || fall.FirstLostHour < hour)) first[fall.Seed] = fall.FirstLostHour;
        }
    }

    public Bi For(RecordItem item) => item switch
    {
        SiegeEndItem => _summary.DurationDays is { } d
            ? Dates(d.P10, d.P50, d.P90)
            : None,
        DurationItem => _summary.DurationDays is { } d
            ? new($"中位数{Fmt.Days(d.P50)}天（{Fmt.Days(d.P10)}–{Fmt.Days(d.P90)}）", $"median {Fmt.Days(d.P50)} days ({Fmt.Days(d.P10)}–{Fmt.Days(d.P90)})")
            : None,
        OffensiveItem o => o.Ordinal <= _summary.Offensives.Starts.Length
            ? Opens(_summary.Offensives.Starts[o.Ordinal - 1])
            : new("无一推演有此次总攻", "no run has this offensive"),
        PositionLostItem lost => FirstLoss(lost.Position),
        PositionHeldItem held => NotLostBy(held),
        PositionLostByItem lostBy => Share(_failedBy[lostBy].Count, "当日已彻底失守或围城已结束", "lost for good by that day, or the siege over"),
        PositionsHeldItem held => Share(_summary.Runs - _failedBy[held].Count, "全部守住", "all held through that day"),
        PositionsLostItem lost => FirstOfSet(_firstOfSet[lost]),
        AssaultBeganItem => new("推演集合未保存阵地首次遭攻击的时间", "the stored runs keep no first assaults"),
        SiegeEndReasonItem => new("推演集合未保存围城结束的原因", "the stored runs keep no reason for the end"),
        CasualtiesItem c => _unresolved.TryGetValue(c, out var gap) ? new(FidelityWords.Gap(gap), ScopeWords.Gap(gap)) : Men(_casualties[c]),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "a record item the report does not spread"),
    };

    private void Count(CasualtiesItem item, IReportedCasualties run)
    {
        if (_unresolved.ContainsKey(item)) return;
        var count = CasualtyScopes.Resolve(_scenario, item, run);
        if (count.Value is { } men) _casualties[item].Add((int)Math.Round(men));
        else _unresolved[item] = count.Gap!;
    }

    private static readonly Bi None = new("—", "—");

    private Bi Dates(double p10, double p50, double p90) =>
        new($"中位数{Date(p50)}（{Date(p10)} – {Date(p90)}）", $"median {Date(p50)} ({Date(p10)} – {Date(p90)})");

    private Bi Opens(DayPercentiles p) =>
        new($"开始：中位数{Date(p.P50)}（{Date(p.P10)} – {Date(p.P90)}）", $"opens: median {Date(p.P50)} ({Date(p.P10)} – {Date(p.P90)})");

    private Bi FirstLoss(string position)
    {
        if (!_firstLoss.TryGetValue(position, out var h) || h.Percentiles(Deciles) is not { } p) return new("从未失守", "never lost");
        var share = Fmt.Share((double)h.Count / _summary.Runs);
        return new($"{share}推演中失守；首次失守中位数{Hour(p[1])}（{Hour(p[0])} – {Hour(p[2])}）",
            $"lost in {share} of runs; first lost: median {Hour(p[1])} ({Hour(p[0])} – {Hour(p[2])})");
    }

    private Bi FirstOfSet(Dictionary<ulong, int> first)
    {
        var h = new CountingHistogram();
        foreach (var hour in first.Values) h.Add(hour);
        if (h.Percentiles(Deciles) is not { } p) return new("从未失守", "never lost");
        var share = Fmt.Share((double)h.Count / _summary.Runs);
        return new($"{share}推演中失守；首处失守中位数{Hour(p[1])}（{Hour(p[0])} – {Hour(p[2])}）",
            $"lost in {share} of runs; first fell: median {Hour(p[1])} ({Hour(p[0])} – {Hour(p[2])})");
    }

    /// <summary>The share of runs in which the position had not been taken by the end of the recorded day.</summary>
    private Bi NotLostBy(PositionHeldItem item) =>
        Share(_summary.Runs - _lostBy[item], "当日尚未失守", "not yet lost that day");

    private Bi Share(int runs, string zh, string en)
    {
        var share = Fmt.Share((double)runs / _summary.Runs);
        return new($"{share}推演中{zh}", $"{en} in {share} of runs");
    }

    private static Bi Men(CountingHistogram h) => h.Percentiles(Deciles) is { } p
        ? new($"中位数{Fmt.Count(p[1])}（{Fmt.Count(p[0])}–{Fmt.Count(p[2])}）", $"median {Fmt.Count(p[1])} ({Fmt.Count(p[0])}–{Fmt.Count(p[2])})")
        : None;

    private bool In(TargetSet set, string positionId)
    {
        if (!_members.TryGetValue(set, out var ids))
            _members[set] = ids = Fidelity.Members(_scenario, set).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return ids.Contains(positionId);
    }

    private bool Fell(RunRow run, DateTime day) => run.Outcome == Outcome.Fell && run.EndHour < EndOfDay(day);

    /// <summary>The last hour of a calendar day, in hours from the scenario's start.</summary>
    private int EndOfDay(DateTime date) => (int)(date.Date.AddDays(1) - _scenario.Start).TotalHours - 1;

    private string Date(double days) => Fmt.Date(_scenario.Start.AddDays(days));

    private string Hour(int hour) => Fmt.Date(_scenario.Start.AddHours(hour));
}
