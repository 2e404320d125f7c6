using System.Globalization;
using Siege.Engine.Domain;
using Siege.Engine.Results;

namespace Siege.Scenarios.Record;

/// <summary>How a record item and a run compare: they agree, they do not, or the item is not set against the run.</summary>
public enum FidelityVerdict
{
    Match,
    Miss,
    /// <summary>The source leaves the figure's scope open: it is shown, never compared.</summary>
    ScopeUnknown,
    /// <summary>The run does not report the quantity of the item's scope: it is shown, never compared.</summary>
    NotModelled,
}

/// <summary>
/// One line of the fidelity table: a record item, what the sources say, what the run did, and whether they agree.
/// A row that is not compared says why in <see cref="Gap"/>.
/// </summary>
public sealed record FidelityRow(string Item, string Description, string Recorded, string Simulated, FidelityVerdict Verdict, IReadOnlyList<string> Sources, ScopeGap? Gap = null)
{
    public bool Ok => Verdict == FidelityVerdict.Match;

    public bool Compared => Verdict is FidelityVerdict.Match or FidelityVerdict.Miss;
}

/// <summary>How many rows of a fidelity table matched, were compared, and were left uncompared for each reason.</summary>
public readonly record struct FidelityTally(int Matched, int Compared, int ScopeUnknown, int NotModelled)
{
    public int NotCompared => ScopeUnknown + NotModelled;

    public static FidelityTally Of(IEnumerable<FidelityRow> rows)
    {
        var all = rows.ToList();
        return new(all.Count(r => r.Ok), all.Count(r => r.Compared),
            all.Count(r => r.Verdict == FidelityVerdict.ScopeUnknown), all.Count(r => r.Verdict == FidelityVerdict.NotModelled));
    }
}

/// <summary>
/// Compares a finished run with the historical record, item by item. Reads the run; never feeds the engine. A
/// casualty figure is set only against the run's number of the same scope (<see cref="CasualtyScopes"/>).
/// </summary>
public static partial class Fidelity
{
    public static IReadOnlyList<FidelityRow> Compare(Scenario scenario, HistoricalRecord record, RunResult run) =>
        Compare(scenario, record, run, RunReadings.Of(run));

    /// <summary>The table, with the readings of the run that its result does not carry given by the caller.</summary>
    public static IReadOnlyList<FidelityRow> Compare(Scenario scenario, HistoricalRecord record, RunResult run, IRunReadings readings)
    {
        var casualties = ReportedCasualties.Of(run);
        return [.. record.Items.Select(item => Compare(scenario, item, run, casualties, readings))];
    }

    private static FidelityRow Compare(Scenario scenario, RecordItem item, RunResult run, IReportedCasualties casualties, IRunReadings readings) => item switch
    {
        SiegeEndItem end => SiegeEnd(end, run),
        DurationItem duration => Duration(duration, run),
        OffensiveItem offensive => Offensive(offensive, run),
        PositionLostItem lost => PositionLost(scenario, lost, run),
        PositionHeldItem held => PositionHeld(scenario, held, run),
        PositionLostByItem lostBy => PositionLostBy(scenario, lostBy, run),
        PositionsHeldItem held => PositionsHeld(scenario, held, run),
        PositionsLostItem lost => PositionsLost(scenario, lost, run),
        AssaultBeganItem assault => AssaultBegan(scenario, assault, run, readings),
        SiegeEndReasonItem reason => EndReason(reason, readings),
        CasualtiesItem c => Casualties(scenario, c, casualties),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "unknown record item"),
    };

    private static FidelityRow SiegeEnd(SiegeEndItem item, RunResult run)
    {
        var simulated = run.Outcome == Outcome.Fell ? Date(run.End) : $"{OutcomeName(run)} on {Date(run.End)}";
        var ok = run.Outcome == Outcome.Fell && Math.Abs((run.End.Date - item.Date.Date).TotalDays) <= item.ToleranceDays;
        return Row(item, "end of the siege", $"{Date(item.Date)} (±{item.ToleranceDays} d)", simulated, ok);
    }

    private static FidelityRow Duration(DurationItem item, RunResult run)
    {
        var low = item.Figures.Min(f => f.Value);
        var high = item.Figures.Max(f => f.Value);
        var ok = run.Outcome == Outcome.Fell && run.DurationDays >= low - 3 && run.DurationDays <= high + 3;
        return Row(item, "length of the siege (days)", Figures(item.Figures), run.DurationDays.ToString("0.0", CultureInfo.InvariantCulture), ok);
    }

    private static FidelityRow Offensive(OffensiveItem item, RunResult run)
    {
        var recorded = $"{Date(item.Start)} – {Date(item.End)}";
        if (run.Offensives.Length < item.Ordinal)
            return Row(item, $"general offensive {item.Ordinal}", recorded, "none", false);
        var simulated = run.Offensives[item.Ordinal - 1];
        var start = run.Start.AddHours(simulated.StartHour);
        var end = run.Start.AddHours(simulated.EndHour ?? run.EndHour);
        var ok = Math.Abs((start.Date - item.Start.Date).TotalDays) <= item.ToleranceDays
            && Math.Abs((end.Date - item.End.Date).TotalDays) <= item.ToleranceDays;
        return Row(item, $"general offensive {item.Ordinal}", recorded, $"{Date(start)} – {Date(end)}", ok);
    }

    private static FidelityRow EndReason(SiegeEndReasonItem item, IRunReadings readings)
    {
        var recorded = string.Join(" or ", item.Reasons.Select(ReasonName));
        if (!readings.ReportsEndReason || readings.EndReasons.Count == 0)
            return Unjudged(item, "why the siege ended", recorded, new ScopeGap(ScopeGapKind.EndReasonNotReported));
        // A cease-fire for two reasons at once agrees with a record that names either.
        return Row(item, "why the siege ended", recorded, string.Join(" and ", readings.EndReasons.Select(ReasonName)), readings.EndReasons.Any(item.Reasons.Contains));
    }

    private static FidelityRow Casualties(Scenario scenario, CasualtiesItem item, IReportedCasualties run)
    {
        var what = ScopeWords.Describe(scenario, item);
        var count = CasualtyScopes.Resolve(scenario, item, run);
        if (count.Value is not { } simulated) return Unjudged(item, what, Figures(item.Figures), count.Gap!);
        var low = item.Figures.Min(f => f.Value) * (1 - item.Tolerance);
        var high = item.Figures.Max(f => f.Value) * (1 + item.Tolerance);
        return Row(item, what, Figures(item.Figures), simulated.ToString("N0", CultureInfo.InvariantCulture), simulated >= low && simulated <= high);
    }

    /// <summary>How a reason for the end reads: <c>cease-fire (ammunition)</c>, <c>relieved</c>, <c>held to the horizon</c>.</summary>
    public static string ReasonName(SiegeEndReason reason) => reason switch
    {
        SiegeEndReason.Strength => "cease-fire (strength)",
        SiegeEndReason.Firepower => "cease-fire (ammunition)",
        SiegeEndReason.Lines => "cease-fire (lines broken)",
        SiegeEndReason.Relieved => "relieved",
        _ => "held to the horizon",
    };

    private static string OutcomeName(RunResult run) => run.Outcome.ToString().ToLowerInvariant();

    private static string Figures(IEnumerable<RecordFigure> figures) =>
        string.Join(" / ", figures.Select(f => $"{f.Value.ToString("N0", CultureInfo.InvariantCulture)} [{f.Source}]"));

    private static string Date(DateTime time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static FidelityRow Row(RecordItem item, string description, string recorded, string simulated, bool ok) =>
        new(item.Id, description, recorded, simulated, ok ? FidelityVerdict.Match : FidelityVerdict.Miss, item.Sources);

    private static FidelityRow Unjudged(RecordItem item, string description, string recorded, ScopeGap gap) =>
        new(item.Id, description, recorded, ScopeWords.Gap(gap),
            gap.Kind == ScopeGapKind.ScopeUnknown ? FidelityVerdict.ScopeUnknown : FidelityVerdict.NotModelled, item.Sources, gap);
}
