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
        var matched = lines.Count(l => l.Row.Ok);
        html.Paragraph(new Bi(
            $"代表性推演（种子{content.Representative.Seed}）与史载相符{matched}项，共{lines.Count}项。“相符”的标准与 siege run 的史实对照表相同。引擎从不读取史载。",
            $"The representative run (seed {content.Representative.Seed}) matches {matched} of {lines.Count} record items, by the same tests as the fidelity table of siege run. The engine never reads the record."));
        html.Table(
            [new("项目", "item"), new("史载", "recorded"), new("来源", "sources"), new("代表性推演", "representative run"), new("相符", "match"), new("推演集合（第10–90百分位）", "ensemble (10th–90th percentile)")],
            lines.Select(l => (IReadOnlyList<string>)
            [
                Markup.Span(new Bi(Describe(scenario, l.Item), l.Row.Description)),
                Markup.Span(Recorded(l.Item)) + Notes(l.Item),
                Markup.Escape(string.Join(", ", Sources(l.Item))),
                Markup.Span(new Bi(SimulatedZh(l.Row.Simulated), l.Row.Simulated)),
                l.Row.Ok ? $"<span class=\"ok\">{Markup.Span(new Bi("✓ 是", "✓ yes"))}</span>" : $"<span class=\"miss\">{Markup.Span(new Bi("✗ 否", "✗ no"))}</span>",
                Markup.Span(l.Ensemble),
            ]),
            "fidelity");
    }

    /// <summary>What a record item is about, in Chinese; the English is the fidelity row's own description.</summary>
    private static string Describe(Scenario scenario, RecordItem item) => item switch
    {
        SiegeEndItem => "围城结束",
        DurationItem => "围城天数",
        OffensiveItem o => $"第{o.Ordinal}次总攻",
        PositionLostItem lost => $"{PositionName(scenario, lost.Position)}失守",
        PositionHeldItem held => $"{PositionName(scenario, held.Position)}仍在守军手中",
        CasualtiesItem c => Vocabulary.Side(c.Side).Zh + c.Category switch
        {
            CasualtyCategory.Killed => "阵亡",
            CasualtyCategory.Wounded => "负伤",
            CasualtyCategory.Captured => "被俘",
            CasualtyCategory.KilledAndWounded => "伤亡（阵亡与负伤）",
            _ => "损失（各类合计）",
        },
        _ => item.Id,
    };

    private static Bi Recorded(RecordItem item) => item switch
    {
        SiegeEndItem end => new($"{Fmt.Date(end.Date)}（±{end.ToleranceDays}天）", $"{Fmt.Date(end.Date)} (±{end.ToleranceDays} d)"),
        DurationItem d => new(Figures(d.Figures, "天"), Figures(d.Figures, " days")),
        OffensiveItem o => Bi.Same($"{Fmt.Date(o.Start)} – {Fmt.Date(o.End)}"),
        PositionLostItem lost => Bi.Same(lost.From.Date == lost.To.Date ? Fmt.Date(lost.From) : $"{Fmt.Date(lost.From)} – {Fmt.Date(lost.To)}"),
        PositionHeldItem held => new($"{Fmt.Date(held.Date)}仍守", $"held on {Fmt.Date(held.Date)}"),
        CasualtiesItem c => new(Figures(c.Figures, "人"), Figures(c.Figures, "")),
        _ => Bi.Same(item.Id),
    };

    private static string Figures(IEnumerable<RecordFigure> figures, string unit) =>
        string.Join(" / ", figures.Select(f => $"{Fmt.Count((long)Math.Round(f.Value))}{unit} [{f.Source}]"));

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

    /// <summary>
    /// The fidelity row's simulated value in Chinese: dates and figures read the same, and the few words the
    /// fidelity table uses (never lost, held, lost, none, siege already over, the outcome of an unfallen city) translate.
    /// </summary>
    internal static string SimulatedZh(string simulated) => simulated switch
    {
        "never lost" => "从未失守",
        "held" => "守住",
        "lost" => "已失守",
        "none" => "无",
        "siege already over" => "围城已结束",
        _ when simulated.StartsWith("held on ", StringComparison.Ordinal) => "坚守至期限，" + simulated["held on ".Length..],
        _ when simulated.StartsWith("relieved on ", StringComparison.Ordinal) => "解围于" + simulated["relieved on ".Length..],
        _ => simulated,
    };

    private static string PositionName(Scenario scenario, string id) =>
        scenario.Map.Positions.FirstOrDefault(p => p.Id == id)?.Name ?? id;
}
