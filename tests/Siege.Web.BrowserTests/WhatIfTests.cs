using System.Text.Json;
using Microsoft.Playwright;

namespace Siege.Web.BrowserTests;

[Collection(ViewerCollection.Name)]
public sealed class WhatIfTests(ViewerServer server, Chromium chromium)
{
    [BrowserFact]
    public async Task The_what_if_panel_runs_a_variant_on_the_server_and_shows_both_distributions_with_the_record_marked()
    {
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en");
        var page = viewer.Page;
        var variants = JsonDocument.Parse(await server.Http.GetStringAsync("/api/scenarios/hengyang-1944/variants")).RootElement;
        var reliefEarly = variants.EnumerateArray().Single(v => v.GetProperty("id").GetString() == "relief-early");

        await page.SelectOptionAsync("#whatif-variant", "relief-early");
        await Assertions.Expect(page.Locator("#whatif-description")).ToContainTextAsync(reliefEarly.GetProperty("descriptionEn").GetString()!);
        await page.FillAsync("#whatif-runs", "12");
        await page.ClickAsync("#whatif-submit");

        var result = page.Locator("#whatif-result");
        await Assertions.Expect(result.Locator("svg.whatif-chart")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(result.Locator("h3")).ToContainTextAsync(reliefEarly.GetProperty("nameEn").GetString()!);
        await Assertions.Expect(result.Locator("h3")).ToContainTextAsync("12 paired seeds");
        // Hengyang's record gives the siege 47 days (zh-wp) and 48 (en-wp): one line each.
        Assert.Equal(2, await result.Locator(".record-line").CountAsync());
        await Assertions.Expect(result).ToContainTextAsync("95% interval");
        // Each side's histogram holds its 12 runs, in the bins the server's JSON gives; a median line per side; the
        // paired difference as one mean with its interval.
        foreach (var side in new[] { "baseline", "variant" })
        {
            var bins = result.Locator($"g.histogram[data-side='{side}'] rect.histogram-bin");
            var counts = await bins.EvaluateAllAsync<int[]>("bins => bins.map(b => Number(b.dataset.count))");
            Assert.Equal(12, counts.Sum());
            Assert.All(counts, c => Assert.True(c > 0));
        }
        Assert.Equal(2, await result.Locator(".median-line").CountAsync());
        Assert.Equal(1, await result.Locator(".mean-mark").CountAsync());
        await Assertions.Expect(result.Locator(".whatif-facts")).ToContainTextAsync("80% of runs");
        await page.Locator("#whatif-panel").ScreenshotAsync(new LocatorScreenshotOptions { Path = Screenshots.PathFor("whatif-en") });
        Assert.Empty(viewer.Problems);
    }

    [BrowserFact]
    public async Task A_refused_what_if_says_why()
    {
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en");
        var page = viewer.Page;
        await page.FillAsync("#whatif-runs", "0");
        await page.ClickAsync("#whatif-submit");
        await Assertions.Expect(page.Locator("#whatif-status")).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(page.Locator("#whatif-status")).ToContainTextAsync("Choose between");
    }
}
