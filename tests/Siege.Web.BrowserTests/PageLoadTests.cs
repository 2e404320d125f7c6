using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Siege.Web.BrowserTests;

[Collection(ViewerCollection.Name)]
public sealed class PageLoadTests(ViewerServer server, Chromium chromium)
{
    [BrowserFact]
    public async Task The_page_loads_and_is_used_with_no_console_error_and_no_request_to_another_origin()
    {
        await using var viewer = await ViewerPage.OpenAsync(chromium, server);
        var page = viewer.Page;

        // Use it as a reader would, so that lazily loaded parts are loaded too.
        await page.HoverAsync("#map .position[data-id='zhangjiashan']");
        await page.ClickAsync("#map .position[data-id='zhangjiashan']");
        await page.ClickAsync("#view-area");
        await page.ClickAsync("#lang-zh");
        await page.FillAsync("#time-slider", "700");
        await page.ClickAsync("#play-button");
        await page.WaitForTimeoutAsync(500);
        await page.ClickAsync("#play-button");

        Assert.Empty(viewer.Problems);
        Assert.Empty(viewer.ForeignRequests);
    }

    [BrowserFact]
    public async Task Every_position_of_the_run_is_drawn_and_at_least_40_are_on_the_map_of_the_whole_area()
    {
        var trace = await ServedTrace.FetchAsync(server);
        await using var viewer = await ViewerPage.OpenAsync(chromium, server);
        await viewer.Page.ClickAsync("#view-area");

        var drawn = await viewer.HoldersOnMapAsync();
        Assert.Equal(trace.PositionIds.Order(), drawn.Keys.Order());
        var inside = await viewer.Page.EvaluateAsync<int>("""
            () => {
              const map = document.getElementById('map').getBoundingClientRect();
              return [...document.querySelectorAll('#map .position .symbol')]
                .filter(s => getComputedStyle(s).display !== 'none')
                .map(s => s.getBoundingClientRect())
                .filter(b => b.width > 0 && b.left >= map.left && b.right <= map.right && b.top >= map.top && b.bottom <= map.bottom)
                .length;
            }
            """);
        Assert.True(inside >= 40, $"{inside} positions inside the map");
        Assert.Equal(trace.PositionIds.Count, inside);
    }

    [BrowserFact]
    public async Task Hovering_a_position_names_it_in_both_languages_with_its_garrison()
    {
        var trace = await ServedTrace.FetchAsync(server);
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en&t=0");
        await viewer.Page.HoverAsync("#map .position[data-id='zhangjiashan']");

        var tooltip = viewer.Page.Locator("#tooltip");
        await Assertions.Expect(tooltip).ToBeVisibleAsync();
        var names = trace.PositionNames["zhangjiashan"];
        await Assertions.Expect(tooltip).ToContainTextAsync(names.En);
        await Assertions.Expect(tooltip).ToContainTextAsync(names.Zh);
        await Assertions.Expect(tooltip).ToContainTextAsync("Garrison");
        await Assertions.Expect(tooltip).ToContainTextAsync("Fortification");
    }

    [BrowserFact]
    public async Task Selecting_a_position_shows_its_history_in_this_run()
    {
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en&t=0");
        var page = viewer.Page;
        // The first position the run loses: its history has at least the loss.
        var trace = await ServedTrace.FetchAsync(server);
        var hour = trace.FirstHourWithALoss();
        var lost = trace.HoldersAt(hour).First(p => p.Value != trace.HoldersAt(0)[p.Key]).Key;
        await page.ClickAsync("#view-area");
        await page.Locator($"#map .position[data-id='{lost}']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#position-details .position-name")).ToContainTextAsync(trace.PositionNames[lost].En);
        Assert.True(await page.Locator("#position-details .history li").CountAsync() >= 1);
    }

    [BrowserTheory]
    [InlineData("en", "Defense of Hengyang")]
    [InlineData("zh", "衡阳保卫战")]
    public async Task The_top_of_the_page_says_it_shows_one_simulated_run_of_its_seed_not_the_record_and_where_the_record_is(
        string language, string scenarioName)
    {
        var strings = await StringsAsync(language);
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, $"?lang={language}&seed=3");
        var page = viewer.Page;

        var banner = page.Locator("#run-banner");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToContainTextAsync(strings["banner.lead"]);
        await Assertions.Expect(banner).ToContainTextAsync(strings["banner.text"].Replace("{seed}", "3", StringComparison.Ordinal)
            .Replace("{scenario}", scenarioName, StringComparison.Ordinal));
        // It comes before the timeline, so it is read first.
        var bannerBox = await banner.BoundingBoxAsync();
        var timelineBox = await page.Locator("#timeline").BoundingBoxAsync();
        Assert.True(bannerBox!.Y < timelineBox!.Y);

        // Its link opens the record's list, under the timeline.
        await page.ClickAsync("#run-banner a");
        await Assertions.Expect(page.Locator("#record-list li").First).ToBeVisibleAsync();

        // Another seed, another line.
        await page.FillAsync("#seed-input", "4");
        await page.ClickAsync("#run-picker button[type='submit']");
        await Assertions.Expect(banner).ToContainTextAsync(strings["banner.text"].Replace("{seed}", "4", StringComparison.Ordinal)
            .Replace("{scenario}", scenarioName, StringComparison.Ordinal));
        Assert.Empty(viewer.Problems);
    }

    [BrowserFact]
    public async Task While_the_trace_is_on_its_way_the_page_says_so_and_marks_its_panels_busy()
    {
        var release = new TaskCompletionSource();
        await using var viewer = await ViewerPage.OpenWithoutWaitingAsync(chromium, server, "?lang=en&seed=5", beforeNavigation: page =>
            page.RouteAsync("**/api/scenarios/*/runs/*", async route =>
            {
                await release.Task;
                await route.ContinueAsync();
            }));
        var page = viewer.Page;

        var loading = page.Locator("#loading");
        await Assertions.Expect(loading).ToContainTextAsync("Running seed 5 of Defense of Hengyang on the server");
        await Assertions.Expect(loading).ToHaveAttributeAsync("role", "status");
        await Assertions.Expect(page.Locator("#layout")).ToHaveAttributeAsync("aria-busy", "true");
        await viewer.SaveScreenshotAsync("loading-en");

        release.SetResult();
        await viewer.WaitUntilReadyAsync();
        await Assertions.Expect(loading).ToBeHiddenAsync();
        Assert.Null(await page.GetAttributeAsync("#layout", "aria-busy"));
        Assert.Empty(viewer.Problems);
    }

    [BrowserTheory]
    [InlineData("?lang=en&seed=abc", "The link asks for seed “abc”, which is not a seed", "Show seed 1 of Defense of Hengyang")]
    [InlineData("?lang=en&seed=18446744073709551616", "seed “18446744073709551616”", "Show seed 1 of Defense of Hengyang")]
    [InlineData("?lang=en&scenario=nope&seed=7", "The link asks for the scenario “nope”, which this server does not have; it has Defense of Hengyang (hengyang-1944)", "Show seed 7 of Defense of Hengyang")]
    [InlineData("?lang=zh&seed=-1", "链接所给的随机种子“-1”无效", "显示衡阳保卫战，随机种子1")]
    public async Task A_bad_seed_or_scenario_in_the_link_is_named_with_the_choice_that_works_instead_of_another_run_shown(
        string query, string message, string choice)
    {
        var runsAsked = 0;
        await using var viewer = await ViewerPage.OpenWithoutWaitingAsync(chromium, server, query, beforeNavigation: page =>
        {
            page.Request += (_, request) => { if (request.Url.Contains("/runs/", StringComparison.Ordinal)) runsAsked++; };
            return Task.CompletedTask;
        });
        var page = viewer.Page;
        await viewer.WaitUntilReadyAsync("problem");

        var alert = page.Locator("#alert");
        await Assertions.Expect(alert).ToBeVisibleAsync();
        await Assertions.Expect(alert).ToContainTextAsync(message);
        // Nothing is substituted: no run was asked for or drawn, and the link still says what it asked.
        Assert.Equal(0, runsAsked);
        Assert.Equal(0, await page.Locator("#map .position").CountAsync());
        Assert.EndsWith(query, page.Url, StringComparison.Ordinal);
        await viewer.SaveScreenshotAsync($"bad-link{Regex.Replace(query, "[^a-z0-9]+", "-")}");

        await page.GetByRole(AriaRole.Button, new() { Name = choice }).ClickAsync();
        await viewer.WaitUntilReadyAsync();
        await Assertions.Expect(alert).ToBeHiddenAsync();
        Assert.True(await page.Locator("#map .position").CountAsync() > 0);
        Assert.Equal(1, runsAsked);
        Assert.Empty(viewer.Problems);
    }

    // map.yaml gives the County Government (xianzhengfu) `source: [zh-wp, li-2005]` and `positionSource: GUESS`.
    [BrowserFact]
    public async Task A_selected_position_lists_its_sources_with_their_titles_and_what_the_record_says_of_it()
    {
        var scenario = await ServedScenario.FetchAsync(server);
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en&t=0");
        var page = viewer.Page;

        await viewer.SelectPositionAsync("xianzhengfu");
        var details = page.Locator("#position-details");
        var (facts, place) = scenario.PositionSources["xianzhengfu"];
        Assert.Equal(["zh-wp", "li-2005"], facts);
        Assert.Equal(facts, await details.Locator(".position-sources li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.source)"));
        Assert.Equal(place, await details.Locator(".position-place-sources li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.source)"));
        foreach (var key in facts.Concat(place))
            await Assertions.Expect(details.Locator($"li[data-source='{key}']")).ToContainTextAsync(scenario.SourceTitles[key]);

        // A position the record speaks of shows that item with its date and sources.
        var held = scenario.DatedRecord.First(r => r.GetProperty("kind").GetString() == "positionHeld");
        await viewer.SelectPositionAsync(held.GetProperty("position").GetString()!);
        var item = details.Locator($".position-record li[data-id='{held.GetProperty("id").GetString()}']");
        await Assertions.Expect(item).ToContainTextAsync("still held");
        await Assertions.Expect(item).ToContainTextAsync(held.GetProperty("noteEn").GetString()!);
        await Assertions.Expect(item).ToContainTextAsync($"Sources: {string.Join(", ", held.GetProperty("sources").EnumerateArray().Select(k => k.GetString()))}");
        Assert.Empty(viewer.Problems);
        await page.Locator(".position-panel").ScreenshotAsync(new LocatorScreenshotOptions { Path = Screenshots.PathFor("position-sources-en") });
    }

    [BrowserFact]
    public async Task Printed_the_viewer_leaves_out_its_controls_and_keeps_the_runs_line_the_figures_and_the_record()
    {
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en&t=400");
        var page = viewer.Page;
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var control in new[] { "#run-picker", "#lang-en", "#play-button", "#speed-select", "#zoom-in", "#whatif-form" })
            Assert.False(await page.Locator(control).IsVisibleAsync(), $"{control} is printed");
        foreach (var kept in new[] { "#run-banner", "#map", "#status-list", "#strength-chart svg", "#chronicle-list", "#record-markers" })
            Assert.True(await page.Locator(kept).IsVisibleAsync(), $"{kept} is left out");
        // The record's list prints although it is closed on screen.
        Assert.False(await page.Locator("#record-details").EvaluateAsync<bool>("d => d.open"));
        Assert.True(await page.Locator("#record-list li").First.IsVisibleAsync());

        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        var (pages, width, height) = PdfPages.Measure(pdf);
        Assert.True(pages >= 1);
        Assert.Equal((PdfPages.A4Width, PdfPages.A4Height), (width, height));
    }

    private async Task<Dictionary<string, string>> StringsAsync(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(await server.Http.GetStringAsync($"/i18n/{language}.json"))!;
}
