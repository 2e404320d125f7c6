using System.Globalization;
using Siege.Engine.Domain;
using Siege.Engine.Results;

namespace Siege.Scenarios.Record;

/// <summary>One line of the fidelity table: a record item, what the sources say, what the run did, and whether they agree.</summary>
public sealed record FidelityRow(string Item, string Description, string Recorded, string Simulated, bool Ok, IReadOnlyList<string> Sources);

/// <summary>Compares a finished run with the historical record, item by item. Reads the run; never feeds the engine.</summary>
public static class Fidelity
{
    public static IReadOnlyList<FidelityRow> Compare(Scenario scenario, HistoricalRecord record, RunResult run) =>
        record.Items.Select(item => Compare(scenario, item, run)).ToList();

    private static FidelityRow Compare(Scenario scenario, RecordItem item, RunResult run) => item switch
    {
        SiegeEndItem end => SiegeEnd(end, run),
        DurationItem duration => Duration(duration, run),
        OffensiveItem offensive => Offensive(offensive, run),
        PositionLostItem lost => PositionLost(scenario, lost, run),
        PositionHeldItem held => PositionHeld(scenario, held, run),
        CasualtiesItem casualties => Casualties(casualties, run),
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

    private static FidelityRow PositionLost(Scenario scenario, PositionLostItem item, RunResult run)
    {
        var name = PositionName(scenario, item.Position);
        var recorded = item.From.Date == item.To.Date ? Date(item.From) : $"{Date(item.From)} – {Date(item.To)}";
        var first = run.Positions.First(p => p.Id == item.Position).FirstLostHour;
        if (first is null) return Row(item, $"{name} lost", recorded, "never lost", false);
        var when = run.Start.AddHours(first.Value);
        return Row(item, $"{name} lost", recorded, Date(when), when >= item.From && when < item.To.Date.AddDays(1));
    }

    private static FidelityRow PositionHeld(Scenario scenario, PositionHeldItem item, RunResult run)
    {
        var hour = (int)Math.Floor((item.Date.Date.AddDays(1) - run.Start).TotalHours) - 1;
        var initial = scenario.Map.Positions.First(p => p.Id == item.Position).HeldBy;
        var holder = HolderAt(run, item.Position, initial, hour);
        var simulated = hour > run.EndHour && run.Outcome == Outcome.Fell ? "siege already over" : holder == Side.Defender ? "held" : "lost";
        return Row(item, $"{PositionName(scenario, item.Position)} held", $"held on {Date(item.Date)}", simulated, simulated == "held");
    }

    private static FidelityRow Casualties(CasualtiesItem item, RunResult run)
    {
        var ledger = item.Side == Side.Defender ? run.Defender.Casualties : run.Attacker.Casualties;
        var simulated = item.Category switch
        {
            CasualtyCategory.Killed => ledger.Killed,
            CasualtyCategory.Wounded => ledger.Wounded,
            CasualtyCategory.Captured => ledger.Captured,
            CasualtyCategory.KilledAndWounded => ledger.Killed + ledger.Wounded,
            _ => ledger.Total,
        };
        var low = item.Figures.Min(f => f.Value) * (1 - item.Tolerance);
        var high = item.Figures.Max(f => f.Value) * (1 + item.Tolerance);
        var what = $"{(item.Side == Side.Defender ? "defender" : "attacker")} {Category(item.Category)}";
        return Row(item, what, Figures(item.Figures), simulated.ToString("N0", CultureInfo.InvariantCulture), simulated >= low && simulated <= high);
    }

    /// <summary>Who held a position at an hour, replayed from the run's chronicle.</summary>
    public static Side HolderAt(RunResult run, string positionId, Side initial, int hour)
    {
        var holder = initial;
        foreach (var e in run.Chronicle)
        {
            if (e.Hour > hour) break;
            if (e.Subject != positionId) continue;
            if (e.Kind == ChronicleKind.PositionLost) holder = Side.Attacker;
            else if (e.Kind == ChronicleKind.PositionRetaken) holder = Side.Defender;
        }
        return holder;
    }

    private static string Category(CasualtyCategory c) => c switch
    {
        CasualtyCategory.KilledAndWounded => "killed and wounded",
        CasualtyCategory.Total => "casualties, all kinds",
        _ => c.ToString().ToLowerInvariant(),
    };

    private static string OutcomeName(RunResult run) => run.Outcome.ToString().ToLowerInvariant();

    private static string PositionName(Scenario scenario, string id) =>
        scenario.Map.Positions.First(p => p.Id == id) is var p ? $"{p.Name} ({p.NameEn})" : id;

    private static string Figures(IEnumerable<RecordFigure> figures) =>
        string.Join(" / ", figures.Select(f => $"{f.Value.ToString("N0", CultureInfo.InvariantCulture)} [{f.Source}]"));

    private static string Date(DateTime time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static FidelityRow Row(RecordItem item, string description, string recorded, string simulated, bool ok) =>
        new(item.Id, description, recorded, simulated, ok, item.Sources);
}
