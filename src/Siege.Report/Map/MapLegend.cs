using Siege.Engine.Domain;
using Siege.Report.Html;

namespace Siege.Report.Map;

/// <summary>The key to the map's symbols, in both languages, written once beside the maps it explains.</summary>
internal static class MapLegend
{
    public static string Html(SideNames sides)
    {
        (string Css, Bi Text)[] entries =
        [
            ("defender", new($"{sides.Defender.Name}据守", "held by the defender")),
            ("attacker", new($"{sides.Attacker.Name}占领", "held by the attacker")),
            ("assaulted", new("正受攻击", "under assault")),
            ("key", new("要点", "key position")),
            ("staging", new($"{sides.Attacker.Name}集结地（方块）", "attacker staging area (square)")),
            ("river", new("河流", "river")),
            ("old-city", new("核心阵地", "core of the defence")),
        ];
        var items = string.Concat(entries.Select(e => $"<span><i class=\"{e.Css}\"></i>{Markup.Span(e.Text)}</span>"));
        var scale = Markup.Span(new Bi(
            $"半径{Fmt.Fixed(MapProjection.TrueScaleKm, "0.#")}公里以内按比例；以外距离按对数压缩，虚线圈标出距离。虚线路径经渡口或桥梁，点线为渡口已毁。",
            $"To scale within {Fmt.Fixed(MapProjection.TrueScaleKm, "0.#")} km of the centre; beyond it distances are compressed logarithmically, and the dashed rings mark them. Dashed links cross a river; dotted ones use a destroyed crossing."));
        return $"<div class=\"legend\">{items}</div><p class=\"note\">{scale}</p>";
    }
}
