using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Ensembles;
using Siege.Report.Html;
using Siege.Scenarios.Record;

namespace Siege.Report;

/// <summary>
/// The ensemble's side of each record item: the 10th, 50th and 90th percentiles of what the item measures, over all
/// stored runs. Lengths and offensive openings come from the summary; a position's first loss and the casualty sums
/// the summary does not carry (killed and wounded, all kinds) are counted here in one streaming pass each.
/// </summary>
internal sealed class FidelitySpread
{
    private static readonly int[] Deciles = [10, 50, 90];

    private readonly EnsembleSummary _summary;
    private readonly DateTime _start;
    private readonly Dictionary<string, CountingHistogram> _firstLoss = new(StringComparer.Ordinal);
    private readonly Dictionary<(Side, CasualtyCategory), CountingHistogram> _casualties = [];
    private readonly Dictionary<PositionHeldItem, int> _lostBy = [];

    public FidelitySpread(RunStore store, EnsembleKey key, SeedRange seeds, EnsembleSummary summary, DateTime start, HistoricalRecord record)
    {
        _summary = summary;
        _start = start;
        var held = record.Items.OfType<PositionHeldItem>().ToList();
        foreach (var item in held) _lostBy[item] = 0;
        foreach (var side in new[] { Side.Defender, Side.Attacker })
            foreach (var category in Enum.GetValues<CasualtyCategory>())
                _casualties[(side, category)] = new CountingHistogram();
        foreach (var run in store.ReadRuns(key, seeds))
        {
            foreach (var category in Enum.GetValues<CasualtyCategory>())
            {
                _casualties[(Side.Defender, category)].Add(Of(run.Defender, category));
                _casualties[(Side.Attacker, category)].Add(Of(run.Attacker, category));
            }
        }
        foreach (var fall in store.ReadPositionFalls(key, seeds))
        {
            if (!_firstLoss.TryGetValue(fall.PositionId, out var h)) _firstLoss[fall.PositionId] = h = new CountingHistogram();
            h.Add(fall.FirstLostHour);
            foreach (var item in held)
                if (item.Position == fall.PositionId && fall.FirstLostHour <= EndOfDay(item.Date)) _lostBy[item]++;
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
        CasualtiesItem c => Men(_casualties[(c.Side, c.Category)]),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "a record item the report does not spread"),
    };

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

    /// <summary>The share of runs in which the position had not been taken by the end of the recorded day.</summary>
    private Bi NotLostBy(PositionHeldItem item)
    {
        var share = Fmt.Share(1 - (double)_lostBy[item] / _summary.Runs);
        return new($"{share}推演中当日尚未失守", $"not yet lost that day in {share} of runs");
    }

    private static Bi Men(CountingHistogram h) => h.Percentiles(Deciles) is { } p
        ? new($"中位数{Fmt.Count(p[1])}（{Fmt.Count(p[0])}–{Fmt.Count(p[2])}）", $"median {Fmt.Count(p[1])} ({Fmt.Count(p[0])}–{Fmt.Count(p[2])})")
        : None;

    private static int Of(Casualties c, CasualtyCategory category) => category switch
    {
        CasualtyCategory.Killed => c.Killed,
        CasualtyCategory.Wounded => c.Wounded,
        CasualtyCategory.Captured => c.Captured,
        CasualtyCategory.KilledAndWounded => c.Killed + c.Wounded,
        _ => c.Total,
    };

    /// <summary>The last hour of a calendar day, in hours from the scenario's start.</summary>
    private int EndOfDay(DateTime date) => (int)(date.Date.AddDays(1) - _start).TotalHours - 1;

    private string Date(double days) => Fmt.Date(_start.AddDays(days));

    private string Hour(int hour) => Fmt.Date(_start.AddHours(hour));
}
