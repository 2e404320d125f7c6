using Siege.Engine.Domain;
using Siege.Engine.Results;

namespace Siege.Scenarios.Record;

// The record items about positions: when one was first lost, who held it at the end of a day, whether a set of them
// held through a day or when the first of them fell, and when one was first assaulted.
public static partial class Fidelity
{
    private static FidelityRow PositionLost(Scenario scenario, PositionLostItem item, RunResult run)
    {
        var name = PositionName(scenario, item.Position);
        var recorded = Window(item.From, item.To);
        var first = run.Positions.First(p => p.Id == item.Position).FirstLostHour;
        if (first is null) return Row(item, $"{name} lost", recorded, "never lost", false);
        var when = run.Start.AddHours(first.Value);
        return Row(item, $"{name} lost", recorded, Date(when), InWindow(when, item.From, item.To));
    }

    private static FidelityRow PositionHeld(Scenario scenario, PositionHeldItem item, RunResult run)
    {
        var hour = EndOfDay(run, item.Date);
        var holder = HolderAt(run, item.Position, InitialHolder(scenario, item.Position), hour);
        var simulated = hour > run.EndHour && run.Outcome == Outcome.Fell ? "siege already over" : holder == Side.Defender ? "held" : "lost";
        return Row(item, $"{PositionName(scenario, item.Position)} held", $"held on {Date(item.Date)}", simulated, simulated == "held");
    }

    /// <summary>In the attacker's hands at the end of the day; a city that had already fallen counts as given up.</summary>
    private static FidelityRow PositionLostBy(Scenario scenario, PositionLostByItem item, RunResult run)
    {
        var hour = EndOfDay(run, item.Date);
        var holder = HolderAt(run, item.Position, InitialHolder(scenario, item.Position), hour);
        var simulated = hour > run.EndHour && run.Outcome == Outcome.Fell ? "siege already over" : holder == Side.Attacker ? "lost" : "held";
        return Row(item, $"{PositionName(scenario, item.Position)} in the attacker's hands", $"lost by {Date(item.Date)}", simulated, simulated != "held");
    }

    private static FidelityRow PositionsHeld(Scenario scenario, PositionsHeldItem item, RunResult run)
    {
        var hour = EndOfDay(run, item.Through);
        var what = $"{SetName(scenario, item.Positions)} held";
        var recorded = $"held through {Date(item.Through)}";
        if (FirstFall(scenario, item.Positions, run) is { } first && first.Hour <= hour)
            return Row(item, what, recorded, $"lost {Date(run.Start.AddHours(first.Hour))}, {PositionName(scenario, first.Id)}", false);
        // A city that fell before the day held nothing through it, though no position of the set was taken by assault.
        if (hour > run.EndHour && run.Outcome == Outcome.Fell) return Row(item, what, recorded, "siege already over", false);
        return Row(item, what, recorded, "held", true);
    }

    private static FidelityRow PositionsLost(Scenario scenario, PositionsLostItem item, RunResult run)
    {
        var what = $"first of {SetName(scenario, item.Positions)} lost";
        var recorded = Window(item.From, item.To);
        if (FirstFall(scenario, item.Positions, run) is not { } first) return Row(item, what, recorded, "never lost", false);
        var when = run.Start.AddHours(first.Hour);
        return Row(item, what, recorded, $"{Date(when)}, {PositionName(scenario, first.Id)}", InWindow(when, item.From, item.To));
    }

    private static FidelityRow AssaultBegan(Scenario scenario, AssaultBeganItem item, RunResult run, IRunReadings readings)
    {
        var what = $"{PositionName(scenario, item.Position)} first assaulted";
        var recorded = Window(item.From, item.To);
        if (!readings.ReportsAssaults) return Unjudged(item, what, recorded, new ScopeGap(ScopeGapKind.AssaultsNotReported));
        if (readings.FirstAssaultHour(item.Position) is not { } hour) return Row(item, what, recorded, "never assaulted", false);
        var when = run.Start.AddHours(hour);
        return Row(item, what, recorded, Date(when), InWindow(when, item.From, item.To));
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

    /// <summary>The positions of a set: those of its tiers and those it names, in the map's order.</summary>
    public static IReadOnlyList<Position> Members(Scenario scenario, TargetSet set) =>
        [.. scenario.Map.Positions.Where(set.Includes)];

    /// <summary>How a tier reads in a set's name (<c>the core positions</c>).</summary>
    public static string TierName(Tier tier) => tier switch
    {
        Tier.EastBank => "east-bank",
        Tier.Main => "main-line",
        Tier.Second => "second-line",
        Tier.Warning => "warning-line",
        _ => tier.ToString().ToLowerInvariant(),
    };

    private static string SetName(Scenario scenario, TargetSet set)
    {
        var parts = new List<string>();
        if (!set.Tiers.IsDefaultOrEmpty) parts.Add($"the {ScopeWords.List(set.Tiers.Select(TierName))} positions");
        parts.AddRange(set.PositionIds.Select(id => PositionName(scenario, id)));
        return ScopeWords.List(parts);
    }

    /// <summary>The position of the set the attacker took first, and the hour; null if it took none.</summary>
    private static (string Id, int Hour)? FirstFall(Scenario scenario, TargetSet set, RunResult run)
    {
        var ids = Members(scenario, set).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var first = run.Positions.Where(p => ids.Contains(p.Id) && p.FirstLostHour is not null).MinBy(p => p.FirstLostHour);
        return first is null ? null : (first.Id, first.FirstLostHour!.Value);
    }

    /// <summary>The last hour of a calendar day (its 23:00), in hours from the run's start.</summary>
    private static int EndOfDay(RunResult run, DateTime day) => (int)Math.Floor((day.Date.AddDays(1) - run.Start).TotalHours) - 1;

    private static bool InWindow(DateTime when, DateTime from, DateTime to) => when >= from.Date && when < to.Date.AddDays(1);

    private static string Window(DateTime from, DateTime to) => from.Date == to.Date ? Date(from) : $"{Date(from)} – {Date(to)}";

    private static Side InitialHolder(Scenario scenario, string id) => scenario.Map.Positions.First(p => p.Id == id).HeldBy;

    private static string PositionName(Scenario scenario, string id) =>
        scenario.Map.Positions.FirstOrDefault(p => p.Id == id) is { } p ? $"{p.Name} ({p.NameEn})" : id;
}
