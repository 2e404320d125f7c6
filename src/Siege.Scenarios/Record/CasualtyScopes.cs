using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Results;

namespace Siege.Scenarios.Record;

/// <summary>Why a run gives no number for a record item: a casualty figure's scope it does not resolve, or a reading it does not report.</summary>
public enum ScopeGapKind
{
    /// <summary>The source leaves part of the scope open (<see cref="CasualtyScope.Unknown"/>).</summary>
    ScopeUnknown,
    /// <summary>
    /// The figure counts some formations of a side; the run counts the defender as a whole only (and a stored run of an
    /// ensemble either side).
    /// </summary>
    BelowSide,
    /// <summary>The figure counts kinds of loss the run does not (died of wounds, sick, missing).</summary>
    Categories,
    /// <summary>The figure starts before the run does.</summary>
    BeforeStart,
    /// <summary>
    /// The figure covers part of the run's days; these runs keep no daily casualties (an ensemble's store), or none by
    /// formation (the attacker's formations are counted over the whole run).
    /// </summary>
    NotByDay,
    /// <summary>The item is about the first assault on a position, which the run does not report.</summary>
    AssaultsNotReported,
    /// <summary>The item is about why the siege ended, which the run does not report.</summary>
    EndReasonNotReported,
}

/// <summary>
/// What stands between a figure and a run's number: its kind, and what it is about (the dimensions left open, the
/// kinds of loss not counted, the formations, the day the figure starts).
/// </summary>
public sealed record ScopeGap(ScopeGapKind Kind, ImmutableArray<ScopeDimension> Unknown = default, ImmutableArray<CasualtyKind> Categories = default,
    ImmutableArray<string> Formations = default, DateTime? Day = null);

/// <summary>A run's number for a figure's scope, or why there is none.</summary>
public readonly record struct ScopedCount(double? Value, ScopeGap? Gap)
{
    public static ScopedCount Of(double value) => new(value, null);

    public static ScopedCount Missing(ScopeGap gap) => new(null, gap);
}

/// <summary>
/// The scope resolver: given a casualty item of the record and a run, the run's number of the same scope, or why the
/// run has none. It is the one place that knows what the engine counts; the fidelity table, the calibration and the
/// report all ask it, so a figure is never set against a number of another scope. The engine counts today, for each
/// side as a whole and up to the end of each day: killed (died of wounds included); wounded (every man wounded,
/// whatever became of him); and captured, wounded or not, so that a figure is matched however its source books a man
/// wounded and then captured; and the attacker's killed and wounded by formation, over the whole run. When it counts
/// more (the defender by formation, the sick), only this class grows.
/// </summary>
public static class CasualtyScopes
{
    private static readonly ImmutableArray<CasualtyKind> Counted = [CasualtyKind.Killed, CasualtyKind.Wounded, CasualtyKind.Captured];

    /// <summary>
    /// What keeps a whole run from giving the item's number, whatever happened in it: null when a run resolves the
    /// scope. The calibration and <c>calibration.observe</c> take only items for which this is null.
    /// </summary>
    public static ScopeGap? Gap(Scenario scenario, CasualtiesItem item) => Gap(scenario.Forces, scenario.Start, item);

    /// <summary>The same, from a scenario's order of battle and start, for the loader, which checks before the scenario is whole.</summary>
    public static ScopeGap? Gap(Forces forces, DateTime start, CasualtiesItem item)
    {
        var scope = item.Scope;
        if (!scope.IsKnown) return new ScopeGap(ScopeGapKind.ScopeUnknown, Unknown: scope.Unknown);
        if (!CoversSide(item.Side == Engine.Domain.Side.Defender ? forces.Defender : forces.Attacker, scope.Formations))
        {
            // A run counts the attacker's formations, over the whole run; the defender as a whole only.
            if (item.Side == Engine.Domain.Side.Defender) return new ScopeGap(ScopeGapKind.BelowSide, Formations: scope.Formations);
            if (scope.To is not null || scope.From is { } first && first.Date > start.Date) return new ScopeGap(ScopeGapKind.NotByDay);
        }
        var uncounted = scope.Categories.Where(k => !Counted.Contains(k)).ToImmutableArray();
        if (!uncounted.IsEmpty) return new ScopeGap(ScopeGapKind.Categories, Categories: uncounted);
        if (scope.From is { } from && from.Date < start.Date) return new ScopeGap(ScopeGapKind.BeforeStart, Day: from.Date);
        return null;
    }

    /// <summary>The run's number for the item's scope, or the gap that keeps it from having one.</summary>
    public static ScopedCount Resolve(Scenario scenario, CasualtiesItem item, IReportedCasualties run)
    {
        if (Gap(scenario, item) is { } gap) return ScopedCount.Missing(gap);
        var scope = item.Scope;
        var side = item.Side == Engine.Domain.Side.Defender ? scenario.Forces.Defender : scenario.Forces.Attacker;
        if (!CoversSide(side, scope.Formations))
            return run.OfFormations(item.Side, LeavesUnder(side, scope.Formations)) is { } formations
                ? ScopedCount.Of(Sum(formations, scope))
                : ScopedCount.Missing(new ScopeGap(ScopeGapKind.BelowSide, Formations: scope.Formations));
        var until = scope.To is { } to ? run.Through(item.Side, to) : run.Total(item.Side);
        // The day before the first day counted closes what came before; from the scenario's first day nothing did.
        var before = scope.From is { } from && from.Date > scenario.Start.Date ? run.Through(item.Side, from.Date.AddDays(-1)) : new Casualties(0, 0, 0);
        if (until is not { } end || before is not { } start) return ScopedCount.Missing(new ScopeGap(ScopeGapKind.NotByDay));
        return ScopedCount.Of(Sum(end, scope) - Sum(start, scope));
    }

    /// <summary>The run's number for the item's scope, from a whole run.</summary>
    public static ScopedCount Resolve(Scenario scenario, CasualtiesItem item, RunResult run) =>
        Resolve(scenario, item, ReportedCasualties.Of(run));

    /// <summary>Whether the units named cover every unit of the side that has men: a unit stands for all below it.</summary>
    public static bool CoversSide(ForceUnit side, IEnumerable<string> formations)
    {
        var covered = LeavesUnder(side, formations);
        return side.Leaves().Where(u => u.TotalStrength > 0).All(u => covered.Contains(u.Id));
    }

    /// <summary>The ids of the side's leaf units at or below the units named.</summary>
    private static HashSet<string> LeavesUnder(ForceUnit side, IEnumerable<string> formations)
    {
        var named = formations.ToHashSet(StringComparer.Ordinal);
        return side.SelfAndDescendants().Where(u => named.Contains(u.Id)).SelectMany(u => u.Leaves()).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The men of <paramref name="c"/> in the kinds the scope counts, each once. A run tells six kinds of men apart:
    /// killed in action, died of wounds, still wounded, returned to duty, captured wounded and captured unwounded.
    /// Killed is the first two; wounded is everyone ever wounded (the middle four), less the wounded prisoners when the
    /// source books them as captured; captured is the last two, less the wounded prisoners when the source books them
    /// as wounded. A figure of several kinds counts a man in two of them (died of wounds: killed and wounded) once.
    /// </summary>
    private static double Sum(Casualties c, CasualtyScope scope)
    {
        bool killed = scope.Counts(CasualtyKind.Killed), wounded = scope.Counts(CasualtyKind.Wounded), captured = scope.Counts(CasualtyKind.Captured);
        var woundedPrisoners = (wounded && scope.CapturedIncludesWounded != true) || (captured && scope.CapturedIncludesWounded != false);
        return (killed ? c.KilledInAction : 0)
            + (killed || wounded ? c.DiedOfWounds : 0)
            + (wounded ? c.Wounded + c.ReturnedToDuty : 0)
            + (woundedPrisoners ? c.CapturedWounded : 0)
            + (captured ? c.CapturedUnwounded : 0);
    }
}
