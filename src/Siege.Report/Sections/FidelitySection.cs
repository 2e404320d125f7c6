using Siege.Engine.Domain;
using Siege.Report.Html;
using Siege.Scenarios.Record;

namespace Siege.Report.Sections;

/// <summary>
/// The record against the simulation, item by item: what the sources say (with the sources), what the
/// representative run did and whether the two agree (the fidelity table of <c>siege run</c>), and the spread of the
/// whole ensemble for the same measure.
/// </summary>
internal static class FidelitySection
{
    public const string Id = "fidelity";
    public static readonly Bi Title = new("史实对照", "Fidelity: the record against the simulation");

    public static void Write(HtmlBuilder html, ReportContent content)
    {
        var scenario = content.Loaded.Scenario;
        var lines = content.Fidelity;
        html.Heading(2, Id, Title);
        var tally = FidelityTally.Of(lines.Select(l => l.Row));
        html.Paragraph(new Bi(
            $"代表性推演（种子{content.Representative.Seed}）与史载相符{tally.Matched}项，共比较{tally.Compared}项。“相符”的标准与 siege run 的史实对照表相同。引擎从不读取史载。" +
            (tally.NotCompared == 0 ? "" : $"另有{tally.NotCompared}项未作比较：{tally.ScopeUnknown}项来源未载明数字的范围，{tally.NotModelled}项推演不统计该范围的数字；伤亡数字只与推演中同一范围的数字相比。"),
            $"The representative run (seed {content.Representative.Seed}) matches {tally.Matched} of the {tally.Compared} record items compared, by the same tests as the fidelity table of siege run. The engine never reads the record." +
            (tally.NotCompared == 0 ? "" : $" {tally.NotCompared} more are not compared: {tally.ScopeUnknown} whose sources leave the figure's scope open, {tally.NotModelled} of a scope the run does not count; a casualty figure is set only against the run's number of the same scope.")));
        html.Table(
            [new("项目", "item"), new("史载", "recorded"), new("来源", "sources"), new("代表性推演", "representative run"), new("相符", "match"), new("推演集合（第10–90百分位）", "ensemble (10th–90th percentile)")],
            lines.Select(l => (IReadOnlyList<string>)
            [
                Markup.Span(new Bi(FidelityWords.Describe(scenario, l.Item), l.Row.Description)),
                Markup.Span(FidelityWords.Recorded(l.Item)) + Notes(l.Item),
                Markup.Escape(string.Join(", ", Sources(l.Item))),
                Simulated(scenario, l.Row),
                Verdict(l.Row.Verdict),
                Markup.Span(l.Ensemble),
            ]),
            "fidelity");
    }

    /// <summary>The run's value; why a row is not compared is prose, so it may wrap where values do not.</summary>
    private static string Simulated(Scenario scenario, FidelityRow row)
    {
        var text = Markup.Span(new Bi(FidelityWords.Simulated(scenario, row), row.Simulated));
        return row.Gap is null ? text : $"<span class=\"gap\">{text}</span>";
    }

    private static string Verdict(FidelityVerdict verdict) => verdict switch
    {
        FidelityVerdict.Match => $"<span class=\"ok\">{Markup.Span(new Bi("✓ 是", "✓ yes"))}</span>",
        FidelityVerdict.Miss => $"<span class=\"miss\">{Markup.Span(new Bi("✗ 否", "✗ no"))}</span>",
        _ => $"<span class=\"na\">{Markup.Span(new Bi("— 未比较", "— not compared"))}</span>",
    };

    /// <summary>The item's sources and those of each of its figures, each once.</summary>
    private static IEnumerable<string> Sources(RecordItem item)
    {
        var figures = item switch
        {
            DurationItem d => d.Figures,
            CasualtiesItem c => c.Figures,
            _ => [],
        };
        return item.Sources.Concat(figures.Select(f => f.Source)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The item's note and its figures' notes, each in the reader's language where the record gives it.</summary>
    private static string Notes(RecordItem item)
    {
        var notes = new List<string>();
        if (item.Note is not null || item.NoteEn is not null) notes.Add(Prose.Span(item.Note, item.NoteEn));
        var figures = item switch { DurationItem d => d.Figures, CasualtiesItem c => c.Figures, _ => [] };
        foreach (var f in figures.Where(f => f.Note is not null || f.NoteZh is not null))
        {
            var figure = $"{Fmt.Count((long)Math.Round(f.Value))} [{Markup.Escape(f.Source)}]";
            notes.Add(Markup.Span(language => $"{figure}{(language == Trace.Language.Chinese ? "：" : ": ")}{Prose.Html(language, f.NoteZh, f.Note)}"));
        }
        return notes.Count == 0 ? "" : "<div class=\"note\">" + string.Join("<br/>", notes) + "</div>";
    }
}
