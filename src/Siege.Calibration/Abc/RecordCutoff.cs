using Siege.Scenarios.Record;

namespace Siege.Calibration.Abc;

/// <summary>
/// The date of a record item for an out-of-sample test (<c>siege calibrate --method abc --cutoff DATE</c>): an item
/// is dated by the <b>last day it speaks of</b>, so that an item "dated on or before the cutoff" says nothing that
/// happened after it:
/// <list type="bullet">
/// <item>a position lost, a set of positions lost, a first assault: the last day of the window (<c>to</c>);</item>
/// <item>a position held on a day, lost by a day: that day; a set held through a day: that day;</item>
/// <item>an offensive: the last day of the offensive (<c>end</c>), though its target measures only the opening;</item>
/// <item>the end, its reason and the length of the siege: the day of the end (the record's <c>siegeEnd</c>);</item>
/// <item>a casualty figure: the last day of its scope (<c>scope.to</c>) when the scope gives one, otherwise the day of
/// the end: totals for the whole siege are known only when it is over.</item>
/// </list>
/// An item with no day (the end, or a casualty total, in a record with no <c>siegeEnd</c> item) is after every cutoff.
/// </summary>
public static class RecordCutoff
{
    /// <summary>The last day <paramref name="item"/> speaks of (a whole date), or null when the record gives it none.</summary>
    public static DateTime? DateOf(RecordItem item, HistoricalRecord record)
    {
        var end = record.Items.OfType<SiegeEndItem>().Select(e => (DateTime?)e.Date.Date).FirstOrDefault();
        return item switch
        {
            PositionLostItem lost => lost.To.Date,
            PositionsLostItem lost => lost.To.Date,
            AssaultBeganItem assault => assault.To.Date,
            PositionHeldItem held => held.Date.Date,
            PositionLostByItem lostBy => lostBy.Date.Date,
            PositionsHeldItem held => held.Through.Date,
            OffensiveItem offensive => offensive.End.Date,
            SiegeEndItem siegeEnd => siegeEnd.Date.Date,
            CasualtiesItem casualties => casualties.Scope.To?.Date ?? end,
            _ => end,
        };
    }

    /// <summary>Whether <paramref name="item"/> is dated on or before <paramref name="cutoff"/> (a day: its time of day is ignored).</summary>
    public static bool OnOrBefore(RecordItem item, HistoricalRecord record, DateTime cutoff) =>
        DateOf(item, record) is { } date && date <= cutoff.Date;
}
