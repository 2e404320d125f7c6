using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Siege.Web.BrowserTests;

[Collection(ViewerCollection.Name)]
public sealed partial class LanguageTests(ViewerServer server, Chromium chromium)
{
    [BrowserFact]
    public async Task The_language_toggle_switches_every_label()
    {
        var trace = await ServedTrace.FetchAsync(server);
        var english = await StringsAsync("en");
        var chinese = await StringsAsync("zh");
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en&t=400");
        var page = viewer.Page;

        await AssertLabelsAsync(page, english, trace, zh: false);
        Assert.Empty(await VisibleHanOutsideChineseAsync(page));

        await page.ClickAsync("#lang-zh");
        Assert.Equal("zh-Hans", await page.GetAttributeAsync("html", "lang"));
        await AssertLabelsAsync(page, chinese, trace, zh: true);
        var text = await page.InnerTextAsync("body");
        var untranslated = english.Values
            .Where(s => s.Length >= 4 && !s.Contains('{', StringComparison.Ordinal) && !chinese.ContainsValue(s) && text.Contains(s, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(untranslated);

        await page.ClickAsync("#lang-en");
        await AssertLabelsAsync(page, english, trace, zh: false);
        Assert.Empty(await VisibleHanOutsideChineseAsync(page));
        Assert.Empty(viewer.Problems);
        await viewer.SaveScreenshotAsync("desktop-en");
        await page.ClickAsync("#lang-zh");
        await viewer.SaveScreenshotAsync("desktop-zh");
    }

    [BrowserFact]
    public async Task In_Chinese_the_positions_role_and_the_variants_rationale_are_shown_in_Chinese()
    {
        var variants = JsonDocument.Parse(await server.Http.GetStringAsync("/api/scenarios/hengyang-1944/variants")).RootElement;
        var reliefEarly = variants.EnumerateArray().Single(v => v.GetProperty("id").GetString() == "relief-early");
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=zh&t=0");
        var page = viewer.Page;

        await page.ClickAsync("#view-area");
        await page.Locator("#map .position[data-id='zhongyang-yinhang']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var details = page.Locator("#position-details");
        await Assertions.Expect(details.Locator("dd[lang='zh-Hans']")).ToHaveTextAsync("第十军军部（地下金库）");
        await Assertions.Expect(details).Not.ToContainTextAsync("10th Army HQ");

        await page.SelectOptionAsync("#whatif-variant", "relief-early");
        var rationale = page.Locator("#whatif-description .rationale");
        await Assertions.Expect(rationale).ToHaveTextAsync(reliefEarly.GetProperty("rationaleZh").GetString()!);
        await Assertions.Expect(rationale).ToHaveAttributeAsync("lang", "zh-Hans");

        // Back in English, both are the English again.
        await page.ClickAsync("#lang-en");
        await Assertions.Expect(details.Locator("dd[lang='en']")).ToHaveTextAsync("10th Army HQ (basement vault)");
        await Assertions.Expect(rationale).ToHaveAttributeAsync("lang", "en");
        Assert.Empty(viewer.Problems);
    }

    [BrowserTheory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-TW", "zh-Hans")]
    [InlineData("en-US", "en")]
    [InlineData("fr-FR", "en")]
    public async Task The_default_language_is_the_browsers(string browserLocale, string pageLanguage)
    {
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "", locale: browserLocale);
        Assert.Equal(pageLanguage, await viewer.Page.GetAttributeAsync("html", "lang"));
    }

    /// <summary>Every marked text and screen-reader label holds its string, and every name on the map is in the language.</summary>
    private static async Task AssertLabelsAsync(IPage page, Dictionary<string, string> strings, ServedTrace trace, bool zh)
    {
        var marked = await page.EvalOnSelectorAllAsync<string[][]>("[data-i18n]", "els => els.map(e => [e.dataset.i18n, e.textContent])");
        Assert.NotEmpty(marked);
        Assert.All(marked, pair => Assert.Equal(strings[pair[0]], pair[1]));
        var labelled = await page.EvalOnSelectorAllAsync<string[][]>("[data-i18n-label]",
            "els => els.map(e => [e.dataset.i18nLabel, e.getAttribute('aria-label')])");
        Assert.All(labelled, pair => Assert.Equal(strings[pair[0]], pair[1]));

        var labels = await page.EvalOnSelectorAllAsync<string[][]>("#map text.label", "els => els.map(e => [e.dataset.id, e.textContent])");
        Assert.True(labels.Length >= 10, $"{labels.Length} names on the map");
        Assert.All(labels, pair => Assert.Equal(zh ? trace.PositionNames[pair[0]].Zh : trace.PositionNames[pair[0]].En, pair[1]));
        Assert.Equal(strings["timeline.play"], await page.GetAttributeAsync("#play-button", "aria-label"));
    }

    /// <summary>
    /// Han characters in the page's visible text, apart from elements marked as Chinese (the 中文 button, a position's
    /// other name) and the scenario's own prose (data-source-text), whose English quotes Chinese names.
    /// </summary>
    private static async Task<List<string>> VisibleHanOutsideChineseAsync(IPage page)
    {
        var texts = await page.EvaluateAsync<string[]>("""
            () => {
              const found = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const el = node.parentElement;
                if (!el || el.closest('[lang^="zh"], [data-source-text]') || !node.textContent.trim()) continue;
                if (el.closest('[hidden], .visually-hidden, title')) continue;
                const box = el.getBoundingClientRect();
                if (box.width === 0 && box.height === 0) continue;
                found.push(node.textContent);
              }
              return found;
            }
            """);
        return [.. texts.Where(t => Han().IsMatch(t))];
    }

    private async Task<Dictionary<string, string>> StringsAsync(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(await server.Http.GetStringAsync($"/i18n/{language}.json"))!;

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
