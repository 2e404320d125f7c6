using Siege.Scenarios.Record;

namespace Siege.Ensembles;

/// <summary>The recorded length of a siege, the yardstick of <see cref="EnsembleSummary.PHoldRecorded"/>.</summary>
public static class RecordedLength
{
    /// <summary>
    /// The smallest recorded length in days: over the figures of the record's duration items and the days from the
    /// scenario's start to each recorded end date; null if the record has neither. The smallest, because a run that
    /// lasts as long as the shortest account has held "as long as it did" by every account's lower bound.
    /// </summary>
    public static double? Days(HistoricalRecord record, DateTime start)
    {
        var lengths = record.Items.OfType<DurationItem>().SelectMany(d => d.Figures).Select(f => f.Value)
            .Concat(record.Items.OfType<SiegeEndItem>().Select(e => (e.Date - start).TotalDays))
            .ToArray();
        return lengths.Length == 0 ? null : lengths.Min();
    }
}
