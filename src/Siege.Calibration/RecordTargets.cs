using Siege.Scenarios.Record;
using Siege.Engine.Domain;

namespace Siege.Calibration;

/// <summary>A record item that a run measure can be set against, with every figure the sources give for it.</summary>
public sealed record RecordTarget(string ItemId, string Description, RunMeasure Measure, IReadOnlyList<RecordFigure> Figures, Observation Primary);

/// <summary>
/// Turns the historical record into calibration targets. The error model is read from the record itself: a casualty
/// item's tolerance (0.2 = "within 20 %") is taken as one standard deviation on the log scale; an offensive's tolerance
/// in days as two; the length of the siege is known to a day (the sources differ by one: 47 and 48 days).
/// </summary>
public static class RecordTargets
{
    public const double DurationErrorDays = 1.0;

    /// <summary>The targets of every record item a run measure covers (positions lost or held are not covered).</summary>
    public static IReadOnlyList<RecordTarget> From(HistoricalRecord record, DateTime scenarioStart) =>
        record.Items.Select(item => For(item, scenarioStart)).OfType<RecordTarget>().ToList();

    private static RecordTarget? For(RecordItem item, DateTime start) => item switch
    {
        DurationItem duration => Target(item, "length of the siege (days)", RunMeasure.DurationDays, duration.Figures, DurationErrorDays, ErrorScale.Linear),
        CasualtiesItem casualties => Target(item, Describe(casualties), Measure(casualties), casualties.Figures, casualties.Tolerance, ErrorScale.Log),
        OffensiveItem { Ordinal: >= 1 and <= 3 } offensive => Target(item, $"day general offensive {offensive.Ordinal} opened",
            RunMeasure.Offensive1Start + offensive.Ordinal - 1,
            // The record gives a date; the middle of that day, counted from the scenario's start, is the figure.
            [new RecordFigure((offensive.Start.Date - start).TotalDays + 0.5, offensive.Sources.FirstOrDefault() ?? "", null)],
            offensive.ToleranceDays / 2.0, ErrorScale.Linear),
        _ => null,
    };

    private static RecordTarget Target(RecordItem item, string description, RunMeasure measure, IReadOnlyList<RecordFigure> figures, double errorSd, ErrorScale scale)
    {
        // The figure of the item's own (first-named) source is the one the calibration fits; the others are for the checks.
        var primary = figures.FirstOrDefault(f => item.Sources.Length > 0 && f.Source == item.Sources[0]) ?? figures[0];
        return new RecordTarget(item.Id, description, measure, figures,
            new Observation(item.Id, description, measure, primary.Value, errorSd, scale, primary.Source));
    }

    private static RunMeasure Measure(CasualtiesItem item)
    {
        var first = item.Side == Side.Defender ? RunMeasure.DefenderKilled : RunMeasure.AttackerKilled;
        return first + item.Category switch
        {
            CasualtyCategory.Killed => 0,
            CasualtyCategory.Wounded => 1,
            CasualtyCategory.Captured => 2,
            CasualtyCategory.KilledAndWounded => 3,
            _ => 4,
        };
    }

    private static string Describe(CasualtiesItem item) =>
        $"{(item.Side == Side.Defender ? "defender" : "attacker")} {item.Category switch
        {
            CasualtyCategory.Killed => "killed",
            CasualtyCategory.Wounded => "wounded",
            CasualtyCategory.Captured => "captured",
            CasualtyCategory.KilledAndWounded => "killed and wounded",
            _ => "casualties, all kinds",
        }}";
}
