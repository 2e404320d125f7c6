using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Scenarios.Record;

namespace Siege.Calibration.Abc;

/// <summary>
/// A record item as a target of the joint calibration: what a run measures (<see cref="Measure"/>, in days from the
/// scenario's start, or the logarithm of a count of men when <see cref="Log"/>), the value the record gives on the
/// same scale, and whether the record gives the value or only a bound. <see cref="Recorded"/> is the record's figure
/// as written (days, or men).
/// </summary>
public sealed record JointTarget(string ItemId, string Description, double Value, Censoring Censoring, bool Log, Func<RunResult, double> Measure)
{
    /// <summary>The record's figure on its own scale (men, not their logarithm).</summary>
    public double Recorded => Log ? Math.Exp(Value) : Value;

    /// <summary>A measure of this target back on the record's scale.</summary>
    public double Natural(double measure) => Log ? Math.Exp(measure) : measure;
}

/// <summary>
/// The record as targets for ABC-SMC: the items <see cref="RecordTargets"/> measures (the length of the siege, the
/// opening of the first three offensives, each casualty figure whose scope a run resolves, as its logarithm), and the
/// items about positions as the fidelity table reads them. Every measure has a value in every run, so no run is
/// scored as missing:
/// <list type="bullet">
/// <item>a position lost in a window (<c>positionLost</c>; <c>positionsLost</c>, the first of a set): the day it was
/// first lost, against the middle of the window;</item>
/// <item>a position held on a day (<c>positionHeld</c>; <c>positionsHeld</c>, none of a set lost through the day):
/// the day it was first lost, at least the end of that day (<see cref="Censoring.AtLeast"/>);</item>
/// <item>a position lost by a day (<c>positionLostBy</c>): the day it was first lost, at most the end of that day;</item>
/// <item>a position first assaulted in a window (<c>assaultBegan</c>): the day of the first assault;</item>
/// <item>a position never lost (or never assaulted) and an offensive that never opens count as the horizon's day,
/// so a held item is met and a loss far off.</item>
/// </list>
/// The end's date and reason are left out: the length measures the end, and a reason is not a number.
/// </summary>
public static class JointTargets
{
    /// <summary>Every record item a run measures, in the record's order.</summary>
    public static IReadOnlyList<JointTarget> From(HistoricalRecord record, Scenario scenario)
    {
        var measured = RecordTargets.From(record, scenario).ToDictionary(t => t.ItemId, StringComparer.Ordinal);
        var targets = new List<JointTarget>();
        foreach (var item in record.Items)
            if ((measured.TryGetValue(item.Id, out var target) ? FromRecordTarget(item, target, scenario) : ForPosition(item, scenario)) is { } joint)
                targets.Add(joint);
        return targets;
    }

    /// <summary>The record items that are not targets, each with the reason.</summary>
    public static IReadOnlyList<UnmeasuredItem> Unmeasured(HistoricalRecord record, Scenario scenario)
    {
        var targets = From(record, scenario).Select(t => t.ItemId).ToHashSet(StringComparer.Ordinal);
        var unmeasured = RecordTargets.Unmeasured(record, scenario).ToDictionary(u => u.ItemId, u => u.Reason, StringComparer.Ordinal);
        return [.. record.Items.Where(i => !targets.Contains(i.Id)).Select(i => new UnmeasuredItem(i.Id, unmeasured.GetValueOrDefault(i.Id) ?? i switch
        {
            SiegeEndItem => "the length of the siege measures the end",
            SiegeEndReasonItem => "a reason is not a number",
            _ => "not a kind of item a run measures",
        }))];
    }

    /// <summary>The day (from the start) of an hour of the run, or the horizon's day when there is none.</summary>
    public static double DayOr(int? hour, Scenario scenario) => (hour ?? scenario.HorizonHours) / 24.0;

    private static JointTarget FromRecordTarget(RecordItem item, RecordTarget target, Scenario scenario) => item switch
    {
        CasualtiesItem => new JointTarget(item.Id, target.Description, Math.Log(target.Primary.Value), Censoring.None, true,
            run => Math.Log(Math.Max(1, target.Measure.Of(run)))),
        OffensiveItem offensive => new JointTarget(item.Id, target.Description, target.Primary.Value, Censoring.None, false,
            run => DayOr(run.Offensives.FirstOrDefault(o => o.Ordinal == offensive.Ordinal)?.StartHour, scenario)),
        _ => new JointTarget(item.Id, target.Description, target.Primary.Value, Censoring.None, false, target.Measure.Of),
    };

    private static JointTarget? ForPosition(RecordItem item, Scenario scenario)
    {
        switch (item)
        {
            case PositionLostItem lost:
                return new(item.Id, $"day {Name(scenario, lost.Position)} was first lost", Middle(lost.From, lost.To, scenario), Censoring.None, false,
                    run => FirstLost(run, [lost.Position], scenario));
            case PositionHeldItem held:
                return new(item.Id, $"day {Name(scenario, held.Position)} was first lost (held on {held.Date:yyyy-MM-dd})", EndOf(held.Date, scenario),
                    Censoring.AtLeast, false, run => FirstLost(run, [held.Position], scenario));
            case PositionLostByItem lostBy:
                return new(item.Id, $"day {Name(scenario, lostBy.Position)} was first lost (lost by {lostBy.Date:yyyy-MM-dd})", EndOf(lostBy.Date, scenario),
                    Censoring.AtMost, false, run => FirstLost(run, [lostBy.Position], scenario));
            case PositionsHeldItem setHeld:
            {
                var ids = Fidelity.Members(scenario, setHeld.Positions).Select(p => p.Id).ToArray();
                return new(item.Id, $"day the first of {ids.Length} positions was lost (held through {setHeld.Through:yyyy-MM-dd})",
                    EndOf(setHeld.Through, scenario), Censoring.AtLeast, false, run => FirstLost(run, ids, scenario));
            }
            case PositionsLostItem setLost:
            {
                var ids = Fidelity.Members(scenario, setLost.Positions).Select(p => p.Id).ToArray();
                return new(item.Id, $"day the first of {ids.Length} positions was lost", Middle(setLost.From, setLost.To, scenario), Censoring.None, false,
                    run => FirstLost(run, ids, scenario));
            }
            case AssaultBeganItem assault:
                return new(item.Id, $"day {Name(scenario, assault.Position)} was first assaulted", Middle(assault.From, assault.To, scenario), Censoring.None, false,
                    run => DayOr(run.Positions.FirstOrDefault(p => p.Id == assault.Position)?.FirstAssaultedHour, scenario));
            default:
                return null;
        }
    }

    /// <summary>The day the first of the positions was lost, or the horizon's day when none was.</summary>
    private static double FirstLost(RunResult run, string[] ids, Scenario scenario)
    {
        int? first = null;
        foreach (var p in run.Positions)
            if (p.FirstLostHour is { } hour && Array.IndexOf(ids, p.Id) >= 0 && (first is null || hour < first)) first = hour;
        return DayOr(first, scenario);
    }

    /// <summary>The middle of the days from <paramref name="from"/> to <paramref name="to"/>, both whole, in days from the start.</summary>
    private static double Middle(DateTime from, DateTime to, Scenario scenario) =>
        ((from.Date - scenario.Start).TotalDays + (to.Date - scenario.Start).TotalDays + 1) / 2;

    /// <summary>The end of a day (midnight after it), in days from the start.</summary>
    private static double EndOf(DateTime day, Scenario scenario) => (day.Date - scenario.Start).TotalDays + 1;

    private static string Name(Scenario scenario, string id) =>
        scenario.Map.Positions.FirstOrDefault(p => p.Id == id) is { } p ? p.NameEn : id;
}
