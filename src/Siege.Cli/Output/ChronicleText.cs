using System.Globalization;
using Siege.Engine.Domain;
using Siege.Engine.Results;

namespace Siege.Cli.Output;

/// <summary>English sentences generated from chronicle entries (the data, never stored prose).</summary>
internal sealed class ChronicleText(Scenario scenario)
{
    private readonly Dictionary<string, string> _names = BuildNames(scenario);

    /// <summary>The sentence for an entry, or null for entries too routine for the day-by-day chronicle.</summary>
    public string? Describe(ChronicleEntry e) => e.Kind switch
    {
        ChronicleKind.AttackerArrived => $"{Name(e.Subject)} arrives{(e.Target is null ? "" : " at " + Name(e.Target))}: {N(e.Men)} men{(e.Amount > 0 ? $", {e.Amount} guns" : "")}",
        ChronicleKind.DefenderArrived => $"{Name(e.Subject)} enters the city: {N(e.Men)} men",
        ChronicleKind.OffensiveBegins => $"GENERAL OFFENSIVE {e.Ordinal} BEGINS: {N(e.Men)} assault infantry, {N(e.Amount)} shells on hand",
        ChronicleKind.OffensivePauses => $"Offensive {e.Ordinal} pauses ({(e.Subject == "losses" ? "losses too heavy" : "shells running out")}): it cost {N(e.Men)} men",
        ChronicleKind.PositionLost => $"{Name(e.Subject)} lost",
        ChronicleKind.PositionRetaken => $"{Name(e.Subject)} retaken by a night counter-attack ({N(e.Men)} men)",
        ChronicleKind.FellBack => $"garrison of {Name(e.Subject)} falls back to {Name(e.Target)} ({N(e.Men)} men)",
        ChronicleKind.Overrun => $"{Name(e.Subject)} overrun: {N(e.Men)} men of the garrison lost, {N(e.Amount)} captured",
        ChronicleKind.CounterattackFailed => $"counter-attack on {Name(e.Subject)} fails ({N(e.Men)} casualties)",
        ChronicleKind.AirRaid => e.Men > 0 ? $"air raid ({N(e.Men)} casualties)" : null,
        ChronicleKind.Gas => $"gas ({Name(e.Subject)})",
        ChronicleKind.CrossingDestroyed => $"{Name(e.Subject)} destroyed",
        ChronicleKind.SupplyArrived => $"{N(e.Amount)} × {Name(e.Subject)} arrive",
        ChronicleKind.GunsArrived => $"{e.Amount} more guns reach the attacker",
        ChronicleKind.AlliedAirSupport => null,
        ChronicleKind.ReliefApproaches => $"relief: {Name(e.Subject)} approaches {Name(e.Target)} with {N(e.Men)} men",
        ChronicleKind.ReliefThrownBack => $"relief {Name(e.Subject)} thrown back at {Name(e.Target)} ({N(e.Men)} casualties)",
        ChronicleKind.ReliefBreaksThrough => $"RELIEF BREAKS THROUGH at {Name(e.Target)}",
        ChronicleKind.BlockingReinforced => $"the attacker sends {N(e.Men)} men to block the relief",
        ChronicleKind.Note => Name(e.Subject),
        ChronicleKind.CeaseFire => $"CEASE-FIRE: the garrison ceases resistance; {N(e.Men)} men taken prisoner (firepower {e.Amount}%)",
        _ => e.Kind.ToString(),
    };

    public string Name(string? id) => id is null ? "?" : _names.TryGetValue(id, out var name) ? name : id;

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> BuildNames(Scenario s)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in s.Map.Positions) names[p.Id] = $"{p.Name} ({p.NameEn})";
        foreach (var c in s.Map.Rivers.SelectMany(r => r.Crossings)) names[c.Id] = $"{c.Name} ({c.NameEn})";
        foreach (var u in s.Forces.Defender.SelfAndDescendants().Concat(s.Forces.Attacker.SelfAndDescendants())) names[u.Id] = u.NameEn;
        foreach (var supply in s.Supplies.Defender.Concat(s.Supplies.Attacker)) names[supply.Id] = supply.NameEn;
        foreach (var e in s.Events)
        {
            names[e.Id] = e switch
            {
                NoteEvent note => note.TextEn,
                ReliefApproachEvent relief => relief.ForceNameEn,
                _ => e.Id,
            };
        }
        return names;
    }
}
