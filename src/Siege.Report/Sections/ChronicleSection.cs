using Siege.Engine.Domain;
using Siege.Report.Html;
using Siege.Report.Map;
using Siege.Trace;

namespace Siege.Report.Sections;

/// <summary>
/// The representative run (the seed whose length is the ensemble's median) told day by day from its trace, with the
/// map at its key moments: the start, the opening of each general offensive, and the end.
/// </summary>
internal static class ChronicleSection
{
    public const string Id = "chronicle";
    public static readonly Bi Title = new("代表性推演", "The representative run");

    /// <summary>Events that turn the course of a run; the chronicle sets them in bold.</summary>
    private static readonly HashSet<string> Turns = new(StringComparer.Ordinal)
        { "offensiveBegins", "offensivePauses", "ceaseFire", "reliefBreaksThrough", "reliefApproaches" };

    public static void Write(HtmlBuilder html, ReportContent content)
    {
        var run = content.Representative;
        var trace = run.Trace;
        var start = content.Loaded.Scenario.Start;
        var sides = content.Loaded.Scenario.Sides;
        html.Heading(2, Id, Title);
        html.Paragraph(new Bi(
            $"种子{run.Seed}：在{Fmt.Count(content.Summary.Runs)}次推演中，其围城天数等于中位数（同长者取最小种子）。{Vocabulary.Outcome(trace.Outcome, sides).Zh}，历时{Fmt.Days(trace.DurationDays)}天，至{Fmt.DateTime(start.AddHours(trace.EndHour))}。状态哈希{trace.Hash}。",
            $"Seed {run.Seed}: of the {Fmt.Count(content.Summary.Runs)} runs, the one whose length is the median (the smallest seed among runs of that length). Outcome: {Vocabulary.Outcome(trace.Outcome, sides).En}, after {Fmt.Days(trace.DurationDays)} days, at {Fmt.DateTime(start.AddHours(trace.EndHour))}. State hash {trace.Hash}."));

        html.Heading(3, "key-moments", new("关键时刻的地图", "The map at key moments"));
        var moments = Moments(trace).ToList();
        html.Raw("<div class=\"maps\">");
        foreach (var (hour, caption) in moments)
        {
            var state = MapState.At(trace, hour);
            var held = state.Holders.Count(h => h == 'D');
            var full = new Bi($"{caption.Zh}：{Fmt.DateTime(start.AddHours(hour))}，{sides.Defender.Name}据守{held}处阵地",
                $"{caption.En}: {Fmt.DateTime(start.AddHours(hour))}, the defender holds {held} positions");
            html.Raw($"<figure id=\"moment-{hour}\">{MapSvg.Render(trace.Map, state, p => p.Key, full, sides)}<figcaption>{Markup.Span(full)}</figcaption></figure>");
        }
        html.Line("</div>");
        html.Line(MapLegend.Html(sides));

        html.Heading(3, "day-by-day", new("逐日纪事", "Day by day"));
        var momentHours = moments.Select(m => m.Hour).ToHashSet();
        foreach (var day in trace.Hours.GroupBy(h => h.Hour / 24))
            Day(html, start, [.. day], momentHours, sides);
    }

    private static IEnumerable<(int Hour, Bi Caption)> Moments(RunTrace trace)
    {
        yield return (0, new Bi("围城开始", "The siege begins"));
        foreach (var o in trace.Offensives)
            yield return (o.StartHour, new Bi($"第{o.Ordinal}次总攻开始", $"General offensive {o.Ordinal} opens"));
        yield return (trace.EndHour, new Bi("推演结束", "The end of the run"));
    }

    private static void Day(HtmlBuilder html, DateTime start, IReadOnlyList<TraceHour> hours, IReadOnlySet<int> moments, SideNames sides)
    {
        var last = hours[^1];
        var offensive = hours.Any(h => h.Offensive);
        var dayNumber = last.Hour / 24 + 1;
        var date = Fmt.Date(start.AddHours(last.Hour));
        html.Raw($"<div class=\"day{(offensive ? " offensive" : "")}\">");
        html.Raw($"<h4>{Markup.Span(new Bi($"第{dayNumber}天 · {date}", $"Day {dayNumber} · {date}"))}</h4>");
        var held = last.Holders.Count(h => h == 'D');
        var firepower = Fmt.Fixed(last.Defender.Firepower * 100, "0");
        html.Raw($"<div class=\"status\">{Markup.Span(new Bi(
            $"{sides.Defender.Name}{Fmt.Count(last.Defender.Combatants)}人（预备队{Fmt.Count(last.Defender.Reserve)}） · {sides.Attacker.Name}突击步兵{Fmt.Count(last.Attacker.Infantry)}人 · 火力{firepower}% · {sides.Attacker.Name}存弹{Fmt.Count(last.Attacker.Shells)}发 · {sides.Defender.Name}据守{held}处阵地{(offensive ? " · 总攻中" : "")}",
            $"defenders {Fmt.Count(last.Defender.Combatants)} (reserve {Fmt.Count(last.Defender.Reserve)}) · attacker assault infantry {Fmt.Count(last.Attacker.Infantry)} · firepower {firepower}% · shells {Fmt.Count(last.Attacker.Shells)} · positions held {held}{(offensive ? " · offensive under way" : "")}"))}</div>");
        foreach (var hour in hours.Where(h => moments.Contains(h.Hour)))
            html.Raw($"<div class=\"status\"><a href=\"#moment-{hour.Hour}\">{Markup.Span(new Bi("↑ 见此刻地图", "↑ see the map at this moment"))}</a></div>");
        var events = hours.SelectMany(h => h.Events.Select(e => (h.Time, Event: e))).ToList();
        if (events.Count > 0)
        {
            html.Raw("<ol>");
            foreach (var (time, e) in events)
                html.Raw($"<li{(Turns.Contains(e.Kind) ? " class=\"major\"" : "")}><time>{Markup.Escape(time[^5..])}</time>{Markup.Span(new Bi(e.TextZh, e.TextEn))}</li>");
            html.Raw("</ol>");
        }
        html.Line("</div>");
    }
}
