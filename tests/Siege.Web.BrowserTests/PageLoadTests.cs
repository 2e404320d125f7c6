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
}
