using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Scenarios.Record;

namespace Siege.Calibration;

/// <summary>
/// A record item that a run measure can be set against, with every figure the sources give for it. <see cref="Slot"/>
/// is its place in the array of measures each simulated run gives (<see cref="RecordTargets.Measure"/>).
/// </summary>
public sealed record RecordTarget(int Slot, string ItemId, string Description, RunMeasure Measure, IReadOnlyList<RecordFigure> Figures, Observation Primary);

/// <summary>A record item the calibration leaves out, and why: a kind no run measures, or a figure of a scope no run resolves.</summary>
public sealed record UnmeasuredItem(string ItemId, string Reason);

/// <summary>
/// Turns the historical record into calibration targets. The error model is read from the record itself: a casualty
/// item's tolerance (0.2 = "within 20 %") is taken as one standard deviation on the log scale; an offensive's tolerance
/// in days as two; the length of the siege is known to a day (the sources differ by one: 47 and 48 days). A casualty
/// figure is a target only when a run resolves its scope (<see cref="CasualtyScopes.Gap(Scenario, CasualtiesItem)"/>):
/// one of unknown scope, or of a scope the run does not count, is never fitted nor checked.
/// </summary>
public static class RecordTargets
{
    public const double DurationErrorDays = 1.0;

    /// <summary>The targets of every record item a run measures (positions lost or held are not measured).</summary>
    public static IReadOnlyList<RecordTarget> From(HistoricalRecord record, Scenario scenario)
    {
        var targets = new List<RecordTarget>();
        foreach (var item in record.Items)
            if (For(item, scenario, targets.Count) is { } target) targets.Add(target);
        return targets;
    }

    /// <summary>
    /// The record items of a kind a run measures (casualties, offensives) that are not targets, each with the reason:
    /// a casualty figure of a scope no run resolves, an offensive past the third.
    /// </summary>
    public static IReadOnlyList<UnmeasuredItem> Unmeasured(HistoricalRecord record, Scenario scenario) =>
        [.. record.Items.Where(i => i is CasualtiesItem or OffensiveItem && For(i, scenario, 0) is null).Select(i => new UnmeasuredItem(i.Id, Reason(i, scenario)))];

    /// <summary>Every target's measure of one run, in slot order.</summary>
    public static double[] Measure(IReadOnlyList<RecordTarget> targets, RunResult run) => [.. targets.Select(t => t.Measure.Of(run))];

    private static RecordTarget? For(RecordItem item, Scenario scenario, int slot) => item switch
    {
        DurationItem duration => Target(slot, item, RunMeasure.DurationDays, duration.Figures, DurationErrorDays, ErrorScale.Linear),
        CasualtiesItem casualties when CasualtyScopes.Gap(scenario, casualties) is null =>
            Target(slot, item, RunMeasure.Casualties(scenario, casualties), casualties.Figures, casualties.Tolerance, ErrorScale.Log),
        OffensiveItem { Ordinal: >= 1 and <= 3 } offensive => Target(slot, item, RunMeasure.OffensiveStart(offensive.Ordinal),
            // The record gives a date; the middle of that day, counted from the scenario's start, is the figure.
            [new RecordFigure((offensive.Start.Date - scenario.Start).TotalDays + 0.5, offensive.Sources.FirstOrDefault() ?? "", null)],
            offensive.ToleranceDays / 2.0, ErrorScale.Linear),
        _ => null,
    };

    private static string Reason(RecordItem item, Scenario scenario) => item switch
    {
        CasualtiesItem casualties when CasualtyScopes.Gap(scenario, casualties) is { } gap => ScopeWords.Gap(gap),
        OffensiveItem offensive => $"a run measures the opening of the first 3 offensives only, not of offensive {offensive.Ordinal}",
        _ => "not a kind of item a run measures",
    };

    private static RecordTarget Target(int slot, RecordItem item, RunMeasure measure, IReadOnlyList<RecordFigure> figures, double errorSd, ErrorScale scale)
    {
        // The figure of the item's own (first-named) source is the one the calibration fits; the others are for the checks.
        var primary = figures.FirstOrDefault(f => item.Sources.Length > 0 && f.Source == item.Sources[0]) ?? figures[0];
        return new RecordTarget(slot, item.Id, measure.Name, measure, figures,
            new Observation(item.Id, measure.Name, slot, measure.Unit, primary.Value, errorSd, scale, primary.Source));
    }
}
