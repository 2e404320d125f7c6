using System.Globalization;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;

namespace Siege.Charts;

/// <summary>A recorded length of the siege, in days from the scenario's start, and the label that names its source.</summary>
public sealed record RecordedLengthMark(double Days, string Label, IReadOnlyList<string> Sources);

/// <summary>A recorded window in which a position was lost, in days from the scenario's start: [From, To).</summary>
public sealed record RecordedLossMark(string PositionId, double From, double To, string Label);

/// <summary>
/// What the charts mark from the historical record. The charts only draw these beside the simulated spread; nothing
/// here flows back into a run.
/// </summary>
public static class RecordMarks
{
    /// <summary>
    /// One mark per distinct recorded length: each figure of the duration items, labelled with its sources
    /// ("47 days [zh-wp]"). Without a duration item, the recorded end date stands in, since it is the same yardstick.
    /// </summary>
    public static IReadOnlyList<RecordedLengthMark> Lengths(LoadedScenario loaded)
    {
        var figures = loaded.Record.Items.OfType<DurationItem>().SelectMany(d => d.Figures)
            .Select(f => (f.Value, f.Source))
            .ToList();
        if (figures.Count == 0)
            figures = [.. loaded.Record.Items.OfType<SiegeEndItem>()
                .Select(e => ((e.Date - loaded.Scenario.Start).TotalDays, string.Join(", ", e.Sources)))];
        return [.. figures
            .GroupBy(f => f.Item1)
            .OrderBy(g => g.Key)
            .Select(g => Mark(g.Key, [.. g.Select(f => f.Item2).Distinct()]))];
    }

    /// <summary>
    /// The recorded loss windows by position id. A window runs from the start of its first date to the end of its
    /// last, as the fidelity table reads it.
    /// </summary>
    public static IReadOnlyDictionary<string, RecordedLossMark> Losses(LoadedScenario loaded)
    {
        var start = loaded.Scenario.Start;
        var marks = new Dictionary<string, RecordedLossMark>(StringComparer.Ordinal);
        foreach (var item in loaded.Record.Items.OfType<PositionLostItem>())
        {
            var from = (item.From - start).TotalDays;
            var to = (item.To.Date.AddDays(1) - start).TotalDays;
            var label = item.From.Date == item.To.Date
                ? Date(item.From)
                : $"{Date(item.From)}–{Date(item.To)}";
            // A position listed twice keeps the widest window: the record is uncertain, not contradictory.
            if (marks.TryGetValue(item.Position, out var seen))
                marks[item.Position] = seen with { From = Math.Min(seen.From, from), To = Math.Max(seen.To, to) };
            else
                marks[item.Position] = new RecordedLossMark(item.Position, from, to, $"{label} [{string.Join(", ", item.Sources)}]");
        }
        return marks;
    }

    private static RecordedLengthMark Mark(double days, IReadOnlyList<string> sources) =>
        new(days, $"{Days(days)} days [{string.Join(", ", sources)}]", sources);

    private static string Date(DateTime date) => date.ToString("d MMM", CultureInfo.InvariantCulture);

    private static string Days(double days) => days.ToString("0.#", CultureInfo.InvariantCulture);
}
