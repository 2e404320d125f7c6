using Siege.Report.Html;
using Siege.Report.Sections;

namespace Siege.Report;

/// <summary>
/// Writes the report as one HTML file: the stylesheet, the language script, the maps and the charts are all inside
/// it, and nothing refers to anything outside it, so it opens the same with no network. The sections are, in order:
/// the scenario, the representative run, the ensemble, the fidelity table, the what-ifs, the sensitivity, the methods
/// and the sources.
/// </summary>
public static class ReportPage
{
    private static readonly (string Id, Bi Title)[] Sections =
    [
        (ScenarioSection.Id, ScenarioSection.Title),
        (ChronicleSection.Id, ChronicleSection.Title),
        (DistributionSection.Id, DistributionSection.Title),
        (FidelitySection.Id, FidelitySection.Title),
        (WhatIfSection.Id, WhatIfSection.Title),
        (SensitivitySection.Id, SensitivitySection.Title),
        (MethodsSection.Id, MethodsSection.Title),
        (SourcesSection.Id, SourcesSection.Title),
    ];

    public static string Render(ReportContent content)
    {
        var scenario = content.Loaded.Scenario;
        var html = new HtmlBuilder();
        html.Line("<!DOCTYPE html>");
        html.Line("<html>");
        html.Line("<head>");
        html.Line("<meta charset=\"utf-8\"/>");
        html.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        html.Line($"<title>{Markup.Escape($"{scenario.Name} · {scenario.NameEn} — Siege")}</title>");
        html.Line($"<style>{PageAssets.Stylesheet}</style>");
        html.Line($"<script>{PageAssets.LanguageScript}</script>");
        html.Line("</head>");
        html.Line("<body>");
        html.Line("<header class=\"top\">");
        html.Line($"<span class=\"title\">{Markup.Span(new Bi(scenario.Name, scenario.NameEn))}</span>");
        html.Raw("<nav class=\"toc\">");
        foreach (var (id, title) in Sections) html.Raw($"<a href=\"#{id}\">{Markup.Span(title)}</a>");
        html.Line("</nav>");
        html.Line("<div class=\"lang-switch\"><button type=\"button\" data-set-lang=\"zh\">中文</button><button type=\"button\" data-set-lang=\"en\">English</button></div>");
        html.Line("</header>");
        html.Line($"<h1>{Markup.Span(new Bi($"{scenario.Name}：模拟报告", $"{scenario.NameEn}: a simulation report"))}</h1>");
        html.Paragraph(new Bi(
            $"{Fmt.Count(content.Summary.Runs)}次推演（种子{content.Seeds.First}–{content.Seeds.Last}），剧本“{content.Loaded.Scenario.Id}”，内容哈希{Short(content.Loaded.ContentHash)}。本文件自成一体，不需联网。",
            $"{Fmt.Count(content.Summary.Runs)} runs (seeds {content.Seeds.First}–{content.Seeds.Last}) of scenario {content.Loaded.Scenario.Id}, content hash {Short(content.Loaded.ContentHash)}. This file is self-contained and needs no network."));

        ScenarioSection.Write(html, content);
        ChronicleSection.Write(html, content);
        DistributionSection.Write(html, content);
        FidelitySection.Write(html, content);
        WhatIfSection.Write(html, content);
        SensitivitySection.Write(html, content);
        MethodsSection.Write(html, content);
        SourcesSection.Write(html, content);

        html.Line("</body>");
        html.Line("</html>");
        return html.ToString();
    }

    /// <summary>The first 12 hex digits of a content hash: enough to tell two scenarios apart at a glance.</summary>
    internal static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
