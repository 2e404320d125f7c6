using System.Text.RegularExpressions;
using System.Xml.Linq;
using Siege.Scenarios.Record;

namespace Siege.Report.Tests;

public sealed partial class ReportPageTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private XDocument Document => Page.Parse(fixture.Html);

    [Fact]
    public void The_prior_is_built_for_Hengyangs_own_CDB90_classes()
    {
        // record.yaml, calibration.prior: fortified and rugged, the authors' reading of zh-wp (GUESS).
        var sentence = Page.Elements(Document, "p").Select(p => Page.TextIn(p, "en")).Single(t => t.Contains("Prior: the CDB90 fit", StringComparison.Ordinal));
        Assert.Contains("for a WWII fortified defence on rugged ground (the scenario's classes; sources: zh-wp, GUESS)", sentence);
    }

    [Fact]
    public void The_page_is_well_formed()
    {
        Assert.StartsWith("<!DOCTYPE html>", fixture.Html, StringComparison.Ordinal);
        Assert.Equal("html", Document.Root!.Name.LocalName);
    }

    [Fact]
    public void Nothing_in_the_page_refers_outside_it()
    {
        var page = Document;
        // No element may load anything: no external script, stylesheet, image, frame or font.
        Assert.Empty(Page.Elements(page, "link"));
        Assert.Empty(Page.Elements(page, "iframe"));
        Assert.All(Page.Elements(page, "script"), s => Assert.Null(s.Attribute("src")));
        foreach (var attribute in page.Descendants().SelectMany(e => e.Attributes()))
        {
            if (attribute.Name.LocalName is not ("src" or "href" or "action" or "poster" or "data" or "srcset")) continue;
            Assert.True(attribute.Value.StartsWith('#') || attribute.Value.StartsWith("data:", StringComparison.Ordinal),
                $"{attribute.Parent!.Name.LocalName} {attribute.Name.LocalName}=\"{attribute.Value}\" points outside the page");
        }
        // Stylesheets and style attributes may only refer within the page.
        var css = Page.Elements(page, "style").Select(s => s.Value)
            .Concat(page.Descendants().Select(e => e.Attribute("style")?.Value).OfType<string>());
        foreach (var text in css)
        {
            Assert.DoesNotContain("@import", text, StringComparison.Ordinal);
            foreach (Match url in CssUrl().Matches(text))
                Assert.True(url.Groups[1].Value.StartsWith('#') || url.Groups[1].Value.StartsWith("data:", StringComparison.Ordinal), $"CSS url({url.Groups[1].Value})");
        }
        Assert.DoesNotMatch(ExternalReference(), fixture.Html);
    }

    [Fact]
    public void Every_heading_label_and_table_header_is_in_both_languages()
    {
        var labelled = new[] { "h1", "h2", "h3", "h4", "th", "figcaption", "summary" }
            .SelectMany(name => Page.Elements(Document, name))
            .Concat(Page.Elements(Document, "nav").Single().Elements())
            .ToList();
        Assert.True(labelled.Count > 100, $"only {labelled.Count} headings and labels");
        foreach (var element in labelled)
        {
            var zh = Page.TextIn(element, "zh");
            var en = Page.TextIn(element, "en");
            Assert.True(zh.Length > 0 && en.Length > 0, $"<{element.Name.LocalName}> lacks a language: zh “{zh}”, en “{en}”");
            Assert.NotEqual(zh, en);
        }
    }

    [Fact]
    public void The_language_switch_offers_both_and_picks_from_the_browser()
    {
        var buttons = Page.Elements(Document, "button").Select(b => b.Attribute("data-set-lang")?.Value).ToList();
        Assert.Equal(["zh", "en"], buttons);
        var script = Assert.Single(Page.Elements(Document, "script")).Value;
        Assert.Contains("navigator.language", script, StringComparison.Ordinal);
        Assert.Contains(":root[data-lang=\"zh\"] .en", Assert.Single(Page.Elements(Document, "style")).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fidelity_table_has_a_row_per_record_item_with_its_sources()
    {
        var table = Page.Elements(Document, "table").Single(t => Page.HasClass(t, "fidelity"));
        var rows = table.Descendants().Where(e => e.Name.LocalName == "tbody").Single().Elements().ToList();
        var items = fixture.Loaded.Record.Items;
        Assert.Equal(items.Length, rows.Count);
        for (var i = 0; i < items.Length; i++)
        {
            var cells = rows[i].Elements().ToList();
            var sources = cells[2].Value.Split(", ");
            Assert.All(items[i].Sources, s => Assert.Contains(s, sources));
            var figures = items[i] switch { DurationItem d => d.Figures, CasualtiesItem c => c.Figures, _ => [] };
            Assert.All(figures, f => Assert.Contains(f.Source, sources));
            Assert.Equal(fixture.Content.Fidelity[i].Row.Simulated, Page.TextIn(cells[3], "en"));
        }
    }

    [Fact]
    public void A_figure_of_unknown_scope_is_shown_and_marked_not_compared_in_both_languages()
    {
        // record.yaml: the 19,380 of Ito Masanori names no formations, days or kinds of loss.
        var table = Page.Elements(Document, "table").Single(t => Page.HasClass(t, "fidelity"));
        var rows = table.Descendants().Where(e => e.Name.LocalName == "tbody").Single().Elements().ToList();
        var index = fixture.Loaded.Record.Items.Select(i => i.Id).ToList().IndexOf("cas-attacker-ito");
        var cells = rows[index].Elements().ToList();
        Assert.Equal("scope unknown, not compared", Page.TextIn(cells[3], "en"));
        Assert.Equal("范围不明，不作比较", Page.TextIn(cells[3], "zh"));
        Assert.Equal("— not compared", Page.TextIn(cells[4], "en"));
        Assert.Equal("scope unknown, not compared", Page.TextIn(cells[5], "en"));
        var compared = fixture.Content.Fidelity.Count(l => l.Row.Compared);
        Assert.Contains($"of the {compared} record items compared", fixture.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_representative_seed_is_the_median_length_seed_of_the_store()
    {
        // Recomputed here without MedianRun: the nearest-rank median of the stored lengths, then its smallest seed.
        var runs = fixture.Store.ReadRuns(fixture.Request.BaselineKey, ReportFixture.Seeds).ToList();
        var sorted = runs.Select(r => r.EndHour).Order().ToList();
        var median = sorted[(sorted.Count + 1) / 2 - 1];
        var expected = runs.Where(r => r.EndHour == median).Min(r => r.Seed);
        Assert.Equal(expected, fixture.Content.Representative.Seed);
        Assert.Equal(median, fixture.Content.Representative.Trace.EndHour);
        Assert.Contains($"Seed {expected}:", fixture.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_map_has_one_symbol_per_position()
    {
        var maps = Page.Elements(Document, "svg").Where(s => Page.HasClass(s, "map")).ToList();
        // The scenario's map, the start, one per general offensive, and the end.
        Assert.Equal(3 + fixture.Content.Representative.Trace.Offensives.Length, maps.Count);
        var ids = fixture.Loaded.Scenario.Map.Positions.Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
        foreach (var map in maps)
        {
            var symbols = map.Descendants().Where(e => Page.HasClass(e, "pos")).ToList();
            Assert.Equal(ids, symbols.Select(s => s.Attribute("data-id")!.Value).Order(StringComparer.Ordinal));
            Assert.All(symbols, s => Assert.True(Page.HasClass(s, "defender") ^ Page.HasClass(s, "attacker")));
        }
    }

    [Fact]
    public void The_maps_colour_positions_by_who_holds_them_at_that_hour()
    {
        var trace = fixture.Content.Representative.Trace;
        var end = Page.Elements(Document, "figure").Single(f => f.Attribute("id")?.Value == $"moment-{trace.EndHour}");
        var held = end.Descendants().Where(e => Page.HasClass(e, "pos") && Page.HasClass(e, "defender")).Select(e => e.Attribute("data-id")!.Value);
        var expected = trace.Map.Positions.Where((p, i) => trace.Hours[trace.EndHour].Holders[i] == 'D').Select(p => p.Id);
        Assert.Equal(expected.Order(StringComparer.Ordinal), held.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_chart_is_there_in_both_languages_and_ids_are_unique()
    {
        var figures = Page.Elements(Document, "figure").Where(f => f.Elements().Any(e => Page.HasClass(e, "zh") && e.Elements().Any(s => s.Name.LocalName == "svg"))).ToList();
        // Four ensemble charts and one overlay per what-if.
        Assert.Equal(4 + fixture.Request.Variants.Count, figures.Count);
        var ids = Document.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_what_if_shows_the_paired_comparison_of_the_store()
    {
        var whatIf = Assert.Single(fixture.Content.WhatIfs);
        Assert.Equal(ReportFixture.Seeds.Count, whatIf.Comparison.Runs);
        Assert.NotNull(Page.Elements(Document, "h3").SingleOrDefault(h => h.Attribute("id")?.Value == "whatif-no-gas"));
        Assert.Contains(whatIf.Variant.Rationale.Split(' ')[0], fixture.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Chinese_side_gives_roles_rationales_and_notes_in_Chinese_with_no_English_label()
    {
        var zh = Page.TextIn(Document.Root!, "zh");
        var variant = Assert.Single(fixture.Content.WhatIfs).Variant;
        Assert.Contains("第十军军部（地下金库）", zh, StringComparison.Ordinal); // the positions table
        Assert.Contains("理由：" + variant.RationaleZh, zh, StringComparison.Ordinal);
        Assert.Contains("5,600 [zh-wp]：信息框；伤亡人数一节亦作约5,600人", zh, StringComparison.Ordinal); // a record figure's note
        Assert.Contains(fixture.Loaded.Scenario.Combat.AttackerKillRate.NoteZh!, zh, StringComparison.Ordinal);
        Assert.Contains(fixture.Loaded.Sources.Single(s => s.Id == "zh-wp").NoteZh!, zh, StringComparison.Ordinal);
        Assert.Contains(fixture.Loaded.Record.Items.Single(i => i.Id == "siege-end").Note!, zh, StringComparison.Ordinal);
        Assert.DoesNotContain("英文", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("10th Army HQ", zh, StringComparison.Ordinal);
        Assert.DoesNotContain(variant.Rationale, zh, StringComparison.Ordinal);
        Assert.Contains(variant.Rationale, Page.TextIn(Document.Root!, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Where_the_scenario_gives_no_Chinese_the_Chinese_side_shows_the_English_and_says_so()
    {
        // As an older scenario or variant file would load: the English alone.
        var content = fixture.Content;
        var trace = content.Representative.Trace;
        var hq = trace.Map.Positions[0] with { RoleZh = null };
        var whatIf = content.WhatIfs[0];
        var older = content with
        {
            Representative = content.Representative with { Trace = trace with { Map = trace.Map with { Positions = trace.Map.Positions.SetItem(0, hq) } } },
            WhatIfs = [whatIf with { Variant = whatIf.Variant with { RationaleZh = null } }],
        };
        var zh = Page.TextIn(Page.Parse(ReportPage.Render(older)).Root!, "zh");
        Assert.Contains("（英文）" + hq.Role, zh, StringComparison.Ordinal);
        Assert.Contains("理由（原文为英文）：" + whatIf.Variant.Rationale, zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_are_listed_with_their_licences()
    {
        var table = Page.Elements(Document, "table").Single(t => Page.HasClass(t, "sources"));
        var rows = table.Descendants().Single(e => e.Name.LocalName == "tbody").Elements().ToList();
        Assert.Equal(fixture.Loaded.Sources.Length, rows.Count);
        var wikipedia = fixture.Loaded.Sources.Single(s => s.Id == "zh-wp");
        Assert.Contains(rows, r => r.Elements().First().Value == "zh-wp" && r.Elements().ElementAt(4).Value == wikipedia.Licence);
    }

    [GeneratedRegex(@"url\(\s*['""]?([^'"")]*)")]
    private static partial Regex CssUrl();

    /// <summary>An attribute value that loads from the web, anywhere in the text (SVG's own namespace names are attributes named xmlns, not loads).</summary>
    [GeneratedRegex(@"(?:src|href)\s*=\s*['""]?\s*(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
