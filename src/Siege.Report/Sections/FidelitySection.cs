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
        var matched = lines.Count(l => l.Row.Ok);
        html.Paragraph(new Bi(
            $"代表性推演（种子{content.Representative.Seed}）与史载相符{matched}项，共{lines.Count}项。“相符”的标准与 siege run 的史实对照表相同。引擎从不读取史载。",
            $"The representative run (seed {content.Representative.Seed}) matches {matched} of {lines.Count} record items, by the same tests as the fidelity table of siege run. The engine never reads the record."));
        html.Table(
            [new("项目", "item"), new("史载", "recorded"), new("来源", "sources"), new("代表性推演", "representative run"), new("相符", "match"), new("推演集合（第10–90百分位）", "ensemble (10th–90th percentile)")],
            lines.Select(l => (IReadOnlyList<string>)
            [
                Markup.Span(new Bi(FidelityWords.Describe(scenario, l.Item), l.Row.Description)),
                Markup.Span(FidelityWords.Recorded(l.Item)) + Notes(l.Item),
                Markup.Escape(string.Join(", ", Sources(l.Item))),
                Markup.Span(new Bi(FidelityWords.Simulated(l.Row.Simulated), l.Row.Simulated)),
                l.Row.Ok ? $"<span class=\"ok\">{Markup.Span(new Bi("✓ 是", "✓ yes"))}</span>" : $"<span class=\"miss\">{Markup.Span(new Bi("✗ 否", "✗ no"))}</span>",
                Markup.Span(l.Ensemble),
            ]),
            "fidelity");
    }

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
