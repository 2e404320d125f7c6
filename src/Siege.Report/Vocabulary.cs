using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Report.Html;

namespace Siege.Report;

/// <summary>
/// The words for the model's categories in both languages. The Chinese calls the sides as the scenario names them
/// (<see cref="SideNames"/>: 日军, 美军); the English by their roles.
/// </summary>
internal static class Vocabulary
{
    public static Bi Tier(string tier, SideNames sides) => new(Charts.ChartText.Chinese(sides).TierName(tier), Charts.ChartText.English.TierName(tier));

    public static Bi Side(Side side, SideNames sides) => new(sides.Of(side).Name, side == Engine.Domain.Side.Defender ? "defender" : "attacker");

    public static Bi Outcome(Outcome outcome, SideNames sides) => outcome switch
    {
        Engine.Results.Outcome.Fell => new($"{sides.Defender.Name}停止抵抗", "the garrison ceased resistance"),
        Engine.Results.Outcome.Relieved => new("援军解围", "relieved"),
        _ => new("坚守至推演期限", "held to the horizon"),
    };

    /// <summary>The trace's outcome word (<c>fell</c>, <c>relieved</c>, <c>held</c>).</summary>
    public static Bi Outcome(string outcome, SideNames sides) => Outcome(Enum.Parse<Outcome>(outcome, ignoreCase: true), sides);

    public static Bi Echelon(Echelon echelon) => echelon switch
    {
        Engine.Domain.Echelon.Army => new("军", "army"),
        Engine.Domain.Echelon.Division => new("师", "division"),
        Engine.Domain.Echelon.Brigade => new("旅", "brigade"),
        Engine.Domain.Echelon.Regiment => new("团", "regiment"),
        Engine.Domain.Echelon.Battalion => new("营", "battalion"),
        Engine.Domain.Echelon.Company => new("连", "company"),
        _ => new("支队", "detachment"),
    };

    public static Bi UnitKind(UnitKind kind) => kind switch
    {
        Engine.Domain.UnitKind.Infantry => new("步兵", "infantry"),
        Engine.Domain.UnitKind.Artillery => new("炮兵", "artillery"),
        Engine.Domain.UnitKind.Engineers => new("工兵", "engineers"),
        Engine.Domain.UnitKind.Antitank => new("战防炮", "anti-tank"),
        Engine.Domain.UnitKind.Police => new("警察", "police"),
        Engine.Domain.UnitKind.Service => new("勤务", "services"),
        _ => new("航空", "air"),
    };

    public static Bi Role(AttackerRole role) => role switch
    {
        AttackerRole.Assault => new("攻城", "assault"),
        AttackerRole.Block => new("阻援", "blocks relief"),
        _ => new("火力支援", "fire support"),
    };

    public static Bi Fortification(string fortification) => fortification switch
    {
        "hasty" => new("野战工事", "hasty"),
        "prepared" => new("预设阵地", "prepared"),
        "fortified" => new("坚固工事", "fortified"),
        _ => new("无工事", "none"),
    };

    public static Bi Terrain(string terrain) => terrain switch
    {
        "urban" => new("城区", "urban"),
        "hill" => new("丘陵", "hill"),
        "paddy" => new("水田", "paddy"),
        "riverbank" => new("河岸", "riverbank"),
        "village" => new("村落", "village"),
        _ => new("开阔地", "open"),
    };

    public static Bi Crossing(CrossingKind kind) => kind switch
    {
        CrossingKind.Bridge => new("桥", "bridge"),
        CrossingKind.Ferry => new("渡口", "ferry"),
        _ => new("徒涉场", "ford"),
    };
}
