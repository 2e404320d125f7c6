using Siege.Report.Html;
using Siege.Report.Map;
using Siege.Trace;

namespace Siege.Report.Sections;

/// <summary>The scenario as the engine reads it: summary, map, orders of battle, positions and exogenous events.</summary>
internal static class ScenarioSection
{
    public const string Id = "scenario";
    public static readonly Bi Title = new("剧本", "The scenario");

    public static void Write(HtmlBuilder html, ReportContent content)
    {
        var loaded = content.Loaded;
        var scenario = loaded.Scenario;
        var map = content.Representative.Trace.Map;
        var sides = scenario.Sides;
        html.Heading(2, Id, Title);
        html.Line(Markup.Block("p", new Bi(loaded.Summary, loaded.SummaryEn), "lead"));
        html.Facts(
        [
            (new("开始", "start"), Markup.Escape(Fmt.DateTime(scenario.Start))),
            (new("推演期限", "horizon"), Markup.Span(new Bi($"{Fmt.Days(scenario.HorizonHours / 24.0)}天", $"{Fmt.Days(scenario.HorizonHours / 24.0)} days"))),
            (new("阵地", "positions"), Markup.Escape(Fmt.Count(scenario.Map.Positions.Length))),
            (new("通路", "approaches"), Markup.Escape(Fmt.Count(scenario.Map.Approaches.Length))),
            (new(sides.Defender.Name, "defender"), Markup.Span(new Bi($"{scenario.Forces.Defender.Name}，{Fmt.Count(scenario.Forces.Defender.TotalStrength)}人",
                $"{scenario.Forces.Defender.NameEn}, {Fmt.Count(scenario.Forces.Defender.TotalStrength)} men"))),
            (new(sides.Attacker.Name, "attacker"), Markup.Span(new Bi($"{scenario.Forces.Attacker.Name}，{Fmt.Count(scenario.Forces.Attacker.TotalStrength)}人",
                $"{scenario.Forces.Attacker.NameEn}, {Fmt.Count(scenario.Forces.Attacker.TotalStrength)} men"))),
            (new("外生事件", "exogenous events"), Markup.Escape(Fmt.Count(scenario.Events.Length))),
        ]);

        html.Heading(3, "scenario-map", new("地图", "The map"));
        html.Paragraph(new Bi("各阵地在围城开始时的归属。悬停可见地名。", "Who holds each position when the siege begins. Hover over a symbol for its name."));
        var caption = new Bi("地图：围城开始时", "Map: at the start of the siege");
        html.Line($"<figure>{MapSvg.Render(map, MapState.Initial(map), _ => true, caption, sides)}<figcaption>{Markup.Span(caption)}</figcaption></figure>");
        html.Line(MapLegend.Html(sides));

        html.Heading(3, "order-of-battle", new("战斗序列", "Order of battle"));
        html.Heading(4, new(sides.Defender.Name, "Defender"));
        html.Line(OrderOfBattle.Html(scenario.Forces.Defender, scenario.Start));
        html.Heading(4, new(sides.Attacker.Name, "Attacker"));
        html.Line(OrderOfBattle.Html(scenario.Forces.Attacker, scenario.Start));

        html.Heading(3, "positions", new("阵地", "Positions"));
        html.Raw("<details><summary>").Raw(Markup.Span(new Bi($"全部{map.Positions.Length}处阵地", $"All {map.Positions.Length} positions"))).Line("</summary>");
        html.Table(
            [new("阵地", "position"), new("防线", "ring"), new("工事", "works"), new("地形", "terrain"), new("要点", "key"), new("用途", "role")],
            map.Positions.Select(p => (IReadOnlyList<string>)
            [
                Markup.Name(p.Name, p.NameEn),
                Markup.Span(Vocabulary.Tier(p.Tier, sides)),
                Markup.Span(Vocabulary.Fortification(p.Fortification)),
                Markup.Span(Vocabulary.Terrain(p.Terrain)),
                p.Key ? Markup.Span(new Bi("是", "yes")) : "",
                Prose.Span(p.RoleZh, p.Role),
            ]));
        html.Line("</details>");

        html.Heading(3, "events", new("外生事件", "Exogenous events"));
        html.Paragraph(new Bi("模型不决定的事：它们只改变双方的处境，从不规定谁占据哪里。",
            "What the model does not decide: these change what each side has, never who holds what."));
        html.Table([new("时间", "time"), new("类别", "kind"), new("内容", "what"), new("重复", "repeats")], EventList.Rows(scenario), "events");
    }
}
