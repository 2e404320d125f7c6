using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Siege.Web.BrowserTests;

/// <summary>
/// The report opened from disk (file://) with the network cut off: every http(s) request is aborted and recorded,
/// so a chart, font or script fetched from anywhere would both fail to show and fail the test.
/// </summary>
[Collection(ViewerCollection.Name)]
public sealed class ReportTests(Chromium chromium, ReportFile report, ITestOutputHelper output) : IClassFixture<ReportFile>
{
    [BrowserFact]
    public async Task The_report_file_shows_its_charts_in_both_languages_without_the_network()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
        });
        try
        {
            var page = await context.NewPageAsync();
            var leftTheFile = new List<string>();
            var problems = new List<string>();
            // The file may read itself; anything else is aborted here and recorded below.
            await page.RouteAsync("**/*", async route =>
            {
                if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal)) await route.ContinueAsync();
                else await route.AbortAsync();
            });
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                    leftTheFile.Add(request.Url);
            };
            page.Console += (_, message) =>
            {
                if (message.Type == "error") problems.Add($"console error: {message.Text}");
            };
            page.PageError += (_, error) => problems.Add($"uncaught: {error}");

            await page.GotoAsync(report.Uri.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            Assert.Equal("en", await page.GetAttributeAsync("html", "data-lang"));
            await AssertChartsDrawnAsync(page, "en");
            Assert.True(await page.Locator("h1 .en").IsVisibleAsync());
            Assert.False(await page.Locator("h1 .zh").IsVisibleAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("report-en") });

            await page.ClickAsync("[data-set-lang='zh']");
            Assert.Equal("zh-Hans", await page.GetAttributeAsync("html", "lang"));
            Assert.True(await page.Locator("h1 .zh").IsVisibleAsync());
            Assert.False(await page.Locator("h1 .en").IsVisibleAsync());
            await AssertChartsDrawnAsync(page, "zh");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("report-zh") });

            await page.ClickAsync("[data-set-lang='en']");
            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
            Assert.True(await page.Locator("h1 .en").IsVisibleAsync());

            Assert.Empty(leftTheFile);
            Assert.Empty(problems);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [BrowserTheory]
    [InlineData("zh", "en")]
    [InlineData("en", "zh")]
    public async Task Printed_the_report_keeps_every_section_in_the_chosen_language_on_A4_with_its_collapsed_parts_open(
        string chosen, string other)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(report.Uri.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.ClickAsync($"[data-set-lang='{chosen}']");
            var sections = await page.Locator("h2, h3").CountAsync();
            var collapsed = await page.Locator("details:not([open])").CountAsync();
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

            // The header's table of contents and language switch are controls: not printed.
            Assert.False(await page.Locator("header.top").IsVisibleAsync());
            // Every section's heading is there, in the chosen language only.
            var shown = await page.Locator($"h2 .{chosen}, h3 .{chosen}").EvaluateAllAsync<int>("spans => spans.filter(s => s.checkVisibility()).length");
            Assert.Equal(sections, shown);
            Assert.Equal(0, await page.Locator($"h2 .{other}, h3 .{other}").EvaluateAllAsync<int>("spans => spans.filter(s => s.checkVisibility()).length"));
            // What is folded away on screen is on paper.
            Assert.True(collapsed > 0, "the report has no collapsed part to print open");
            // checkVisibility: false inside a closed <details>, whose content the browser skips rendering.
            var hidden = await page.Locator("details:not([open]) > :not(summary)").EvaluateAllAsync<int>(
                "parts => parts.filter(p => !p.checkVisibility()).length");
            Assert.Equal(0, hidden);

            var (pages, width, height) = PdfPages.Measure(await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true }));
            Assert.Equal((PdfPages.A4Width, PdfPages.A4Height), (width, height));
            output.WriteLine($"report of {ReportFile.Seeds.Count} runs printed in {chosen}: {pages} A4 pages");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>
    /// Every chart in the language shown (each chart is in the page twice, one per language, the other hidden) and
    /// every map has a box to draw in.
    /// </summary>
    private static async Task AssertChartsDrawnAsync(IPage page, string language)
    {
        var charts = await SizesAsync(page, $"figure > div.{language} svg");
        Assert.True(charts.Length >= 2, $"{charts.Length} charts in {language}");
        var maps = await SizesAsync(page, "figure > svg");
        Assert.NotEmpty(maps);
        Assert.All(charts.Concat(maps), size => Assert.True(size[0] > 0 && size[1] > 0, $"an SVG drawn {size[0]}x{size[1]}"));
    }

    private static Task<double[][]> SizesAsync(IPage page, string selector) =>
        page.EvalOnSelectorAllAsync<double[][]>(selector,
            "svgs => svgs.map(s => { const b = s.getBoundingClientRect(); return [b.width, b.height]; })");
}
