using System.Globalization;
using Siege.Engine.Domain;
using Siege.Engine.Results;

namespace Siege.Trace;

/// <summary>
/// Sentences generated from chronicle entries, in Chinese or English: text is made from the entry's data, never stored.
/// <paramref name="name"/> turns an id into the name to print (one language, or both as the command line does). The
/// Chinese names the sides as the scenario does (<paramref name="sides"/>: 日军, 美军); the English keeps the roles
/// (the attacker, the garrison), which are true of every siege.
/// </summary>
public sealed class EventText(Language language, Func<string?, string> name, SideNames sides)
{
    public static EventText For(Scenario scenario, Language language)
    {
        var names = new ScenarioNames(scenario);
        return new EventText(language, id => names.Of(id, language), scenario.Sides);
    }

    private string Defender => sides.Defender.Name;

    private string Attacker => sides.Attacker.Name;

    /// <summary>The sentence for an entry, or null for entries too routine to tell (an air raid that hit nobody).</summary>
    public string? Describe(ChronicleEntry e) => language == Language.Chinese ? Chinese(e) : English(e);

    private string? English(ChronicleEntry e) => e.Kind switch
    {
        ChronicleKind.AttackerArrived => $"{name(e.Subject)} arrives{(e.Target is null ? "" : " at " + name(e.Target))}: {N(e.Men)} men{(e.Amount > 0 ? $", {e.Amount} guns" : "")}",
        ChronicleKind.DefenderArrived => $"{name(e.Subject)} enters the city: {N(e.Men)} men",
        ChronicleKind.OffensiveBegins => $"GENERAL OFFENSIVE {e.Ordinal} BEGINS: {N(e.Men)} assault infantry, {N(e.Amount)} shells on hand",
        ChronicleKind.OffensivePauses => $"Offensive {e.Ordinal} pauses ({(e.Subject switch { "losses" => "losses too heavy", "strength" => "too few ready infantry", _ => "shells running out" })}): it cost {N(e.Men)} men",
        ChronicleKind.PositionLost => $"{name(e.Subject)} lost",
        ChronicleKind.PositionRetaken => $"{name(e.Subject)} retaken by a night counter-attack ({N(e.Men)} men)",
        ChronicleKind.FellBack => $"garrison of {name(e.Subject)} falls back to {name(e.Target)} ({N(e.Men)} men)",
        ChronicleKind.Overrun => $"{name(e.Subject)} overrun: {N(e.Men)} men of the garrison lost, {N(e.Amount)} captured",
        ChronicleKind.CounterattackFailed => $"counter-attack on {name(e.Subject)} fails ({N(e.Men)} casualties)",
        ChronicleKind.AirRaid => e.Men > 0 ? $"air raid ({N(e.Men)} casualties)" : null,
        ChronicleKind.Gas => "gas attack",
        ChronicleKind.CrossingDestroyed => $"{name(e.Subject)} destroyed",
        ChronicleKind.SupplyArrived => $"{N(e.Amount)} × {name(e.Subject)} arrive",
        ChronicleKind.GunsArrived => $"{e.Amount} more guns reach the attacker",
        ChronicleKind.AlliedAirSupport => e.Men > 0 ? $"Allied aircraft strafe the attacker ({N(e.Men)} casualties)" : null,
        ChronicleKind.ReliefApproaches => $"relief: {name(e.Subject)} approaches {name(e.Target)} with {N(e.Men)} men",
        ChronicleKind.ReliefThrownBack => $"relief {name(e.Subject)} thrown back at {name(e.Target)} ({N(e.Men)} casualties)",
        ChronicleKind.ReliefBreaksThrough => $"RELIEF BREAKS THROUGH at {name(e.Target)}",
        ChronicleKind.BlockingReinforced => $"the attacker sends {N(e.Men)} men to block the relief",
        ChronicleKind.Note => name(e.Subject),
        ChronicleKind.CeaseFire => $"CEASE-FIRE: the garrison ceases resistance; {N(e.Men)} men taken prisoner (firepower {e.Amount}%)",
        _ => e.Kind.ToString(),
    };

    private string? Chinese(ChronicleEntry e) => e.Kind switch
    {
        ChronicleKind.AttackerArrived => $"{name(e.Subject)}{(e.Target is null ? "" : "抵达" + name(e.Target))}：{N(e.Men)}人{(e.Amount > 0 ? $"，火炮{e.Amount}门" : "")}",
        ChronicleKind.DefenderArrived => $"{name(e.Subject)}进入城内：{N(e.Men)}人",
        ChronicleKind.OffensiveBegins => $"第{e.Ordinal}次总攻开始：突击步兵{N(e.Men)}人，存弹{N(e.Amount)}发",
        ChronicleKind.OffensivePauses => $"第{e.Ordinal}次总攻暂停（{(e.Subject switch { "losses" => "伤亡过重", "strength" => "可用步兵不足", _ => "炮弹将尽" })}）：损失{N(e.Men)}人",
        ChronicleKind.PositionLost => $"{name(e.Subject)}失守",
        ChronicleKind.PositionRetaken => $"夜间反击夺回{name(e.Subject)}（{N(e.Men)}人）",
        ChronicleKind.FellBack => $"{name(e.Subject)}{Defender}撤至{name(e.Target)}（{N(e.Men)}人）",
        ChronicleKind.Overrun => $"{name(e.Subject)}被攻陷：{Defender}损失{N(e.Men)}人，被俘{N(e.Amount)}人",
        ChronicleKind.CounterattackFailed => $"反击{name(e.Subject)}失败（伤亡{N(e.Men)}人）",
        ChronicleKind.AirRaid => e.Men > 0 ? $"{Attacker}飞机空袭（伤亡{N(e.Men)}人）" : null,
        ChronicleKind.Gas => $"{Attacker}施放毒气",
        ChronicleKind.CrossingDestroyed => $"{name(e.Subject)}被毁",
        ChronicleKind.SupplyArrived => $"{name(e.Subject)}运到{N(e.Amount)}",
        ChronicleKind.GunsArrived => $"{Attacker}增援火炮{e.Amount}门",
        ChronicleKind.AlliedAirSupport => e.Men > 0 ? $"盟军飞机扫射{Attacker}（伤亡{N(e.Men)}人）" : null,
        ChronicleKind.ReliefApproaches => $"援军：{name(e.Subject)}以{N(e.Men)}人接近{name(e.Target)}",
        ChronicleKind.ReliefThrownBack => $"援军{name(e.Subject)}在{name(e.Target)}被击退（伤亡{N(e.Men)}人）",
        ChronicleKind.ReliefBreaksThrough => $"援军在{name(e.Target)}突破包围",
        ChronicleKind.BlockingReinforced => $"{Attacker}抽调{N(e.Men)}人阻击援军",
        ChronicleKind.Note => name(e.Subject),
        ChronicleKind.CeaseFire => $"停火：{Defender}停止抵抗，{N(e.Men)}人被俘（火力{e.Amount}%）",
        _ => e.Kind.ToString(),
    };

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
