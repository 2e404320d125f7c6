using System.Globalization;
using Microsoft.Playwright;

namespace Siege.Web.BrowserTests;

[Collection(ViewerCollection.Name)]
public sealed class TimelineTests(ViewerServer server, Chromium chromium)
{
    [BrowserFact]
    public async Task Seeking_to_an_hour_shows_the_holders_that_the_trace_gives_for_that_hour()
    {
        var trace = await ServedTrace.FetchAsync(server);
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en");
        var hours = new[] { 0, trace.FirstHourWithALoss(), trace.EndHour / 2, trace.EndHour - 30, trace.EndHour };
        foreach (var hour in hours)
        {
            await viewer.Page.FillAsync("#time-slider", hour.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(hour, await viewer.HourAsync());
            Assert.Equal(trace.HoldersAt(hour), await viewer.HoldersOnMapAsync());
        }
        Assert.NotEqual(trace.HoldersAt(0), trace.HoldersAt(trace.EndHour));
        Assert.Empty(viewer.Problems);
    }

    [BrowserFact]
    public async Task The_keyboard_steps_by_hours_and_days_and_plays()
    {
        var trace = await ServedTrace.FetchAsync(server);
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en&t=100");
        var keyboard = viewer.Page.Keyboard;

        await keyboard.PressAsync("ArrowRight");
        Assert.Equal(101, await viewer.HourAsync());
        await keyboard.PressAsync("Shift+ArrowRight");
        Assert.Equal(125, await viewer.HourAsync());
        await keyboard.PressAsync("PageUp");
        Assert.Equal(101, await viewer.HourAsync());
        await keyboard.PressAsync("End");
        Assert.Equal(trace.EndHour, await viewer.HourAsync());
        Assert.Equal(trace.HoldersAt(trace.EndHour), await viewer.HoldersOnMapAsync());
        await keyboard.PressAsync("Home");
        Assert.Equal(0, await viewer.HourAsync());

        var play = viewer.Page.Locator("#play-button");
        await keyboard.PressAsync("Space");
        await Assertions.Expect(play).ToHaveAttributeAsync("aria-label", "Pause");
        await viewer.Page.WaitForFunctionAsync("() => Number(document.getElementById('time-slider').value) > 0");
        await keyboard.PressAsync("Space");
        await Assertions.Expect(play).ToHaveAttributeAsync("aria-label", "Play");
        var stoppedAt = await viewer.HourAsync();
        await viewer.Page.WaitForTimeoutAsync(300);
        Assert.Equal(stoppedAt, await viewer.HourAsync());
    }

    [BrowserFact]
    public async Task The_charts_mark_the_current_hour_and_read_out_both_sides_strength_there()
    {
        var trace = await ServedTrace.FetchAsync(server);
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en&t=0");
        var page = viewer.Page;
        var cursor = page.Locator("#strength-chart .chart-cursor");
        var atStart = double.Parse((await cursor.GetAttributeAsync("x1"))!, CultureInfo.InvariantCulture);

        var hour = trace.EndHour / 2;
        await page.FillAsync("#time-slider", hour.ToString(CultureInfo.InvariantCulture));
        var atHour = double.Parse((await cursor.GetAttributeAsync("x1"))!, CultureInfo.InvariantCulture);
        var atEnd = double.Parse((await page.Locator("#strength-chart .chart-span").Last.GetAttributeAsync("x"))!, CultureInfo.InvariantCulture);
        Assert.True(atStart < atHour && atHour < atEnd, $"cursor at {atHour}, start {atStart}, last offensive from {atEnd}");

        var (defenders, attackers) = trace.StrengthAt(hour);
        var values = await page.Locator("#strength-chart .legend .series-value").AllTextContentsAsync();
        Assert.Equal([defenders.ToString("N0", CultureInfo.InvariantCulture),
            attackers.ToString("N0", CultureInfo.InvariantCulture)], values);
        Assert.Equal(4, await page.Locator("#ammunition-chart .chart-line").CountAsync());
    }

    [BrowserFact]
    public async Task The_timeline_marks_the_offensives_gas_air_raids_and_the_relief()
    {
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en");
        var page = viewer.Page;
        foreach (var kind in new[] { "offensive", "gas", "airRaid", "relief" })
        {
            Assert.True(await page.Locator($"#timeline-markers .marker-{kind}").CountAsync() > 0, $"no {kind} marker");
            Assert.Equal(1, await page.Locator($"#marker-legend .marker-{kind}").CountAsync());
        }
        // events.yaml has no dated supply: zh-wp names no drop to the garrison (the drops are a variant), and the
        // attacker's shells come as a daily flow, so the baseline's timeline marks neither.
        Assert.Equal(0, await page.Locator("#timeline-markers .marker-airDrop").CountAsync());
        Assert.Equal(0, await page.Locator("#timeline-markers .marker-supply").CountAsync());
    }

    [BrowserFact]
    public async Task The_chronicle_shows_the_current_days_events_from_the_trace()
    {
        var trace = await ServedTrace.FetchAsync(server);
        var hour = trace.FirstHourWithALoss();
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, $"?lang=en&t={hour}");
        var now = await viewer.Page.Locator("#chronicle-list li[data-when='now'] span").AllTextContentsAsync();
        Assert.Equal(trace.EventTextsAt(hour), now);
    }

    [BrowserFact]
    public async Task A_link_reproduces_the_view_and_the_view_updates_the_link()
    {
        var trace = await ServedTrace.FetchAsync(server, seed: 2);
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=zh&scenario=hengyang-1944&seed=2&t=500", locale: "en-GB");
        var page = viewer.Page;

        Assert.Equal("zh-Hans", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("2", await page.InputValueAsync("#seed-input"));
        Assert.Equal(500, await viewer.HourAsync());
        Assert.Equal(trace.HoldersAt(500), await viewer.HoldersOnMapAsync());

        await page.Keyboard.PressAsync("ArrowRight");
        await page.ClickAsync("#lang-en");
        await page.WaitForFunctionAsync("() => location.search.includes('t=501') && location.search.includes('lang=en')");
        Assert.Contains("seed=2", page.Url, StringComparison.Ordinal);
        Assert.Contains("scenario=hengyang-1944", page.Url, StringComparison.Ordinal);
    }

    // The strip's scale is the slider's: js/timeline-markers.js keeps THUMB_HALF = 9 px at each end for the thumb.
    private const double ThumbHalf = 9;

    [BrowserFact]
    public async Task The_records_dates_are_marked_under_the_slider_in_a_style_of_their_own_with_a_legend_and_their_sources()
    {
        var trace = await ServedTrace.FetchAsync(server);
        var scenario = await ServedScenario.FetchAsync(server);
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en");
        var page = viewer.Page;

        // Every dated item of the record is listed once.
        var listed = await page.Locator("#record-list li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.id)");
        Assert.Equal(scenario.DatedRecord.Select(r => r.GetProperty("id").GetString()).Order(), listed.Order());

        // Each recorded offensive that begins within the run is a band from the hour its first day begins, on the
        // slider's scale; the ones that begin later are gathered in the mark at the right edge.
        var offensives = scenario.DatedRecord.Where(r => r.GetProperty("kind").GetString() == "offensive").ToList();
        var within = offensives.Where(o => scenario.HourOf(o.GetProperty("start").GetString()!) <= trace.EndHour).ToList();
        var bands = page.Locator("#record-markers .record-offensive rect");
        Assert.Equal(within.Count, await bands.CountAsync());
        var width = (await page.Locator("#record-markers").BoundingBoxAsync())!.Width;
        var first = scenario.HourOf(within[0].GetProperty("start").GetString()!);
        var expected = ThumbHalf + (double)first / trace.EndHour * (width - 2 * ThumbHalf);
        Assert.InRange(double.Parse((await bands.First.GetAttributeAsync("x"))!, CultureInfo.InvariantCulture), expected - 1, expected + 1);

        // Drawn unlike the run's marks: the run's offensives are filled bands above the slider, the record's hatched.
        var runFill = await page.EvalOnSelectorAsync<string>("#timeline-markers .marker-offensive rect", "r => getComputedStyle(r).fill");
        var recordFill = await bands.First.EvaluateAsync<string>("r => getComputedStyle(r).fill");
        Assert.StartsWith("url(", recordFill, StringComparison.Ordinal);
        Assert.NotEqual(runFill, recordFill);

        // Hovering a mark shows its title: what was recorded, the scenario's note, the source keys.
        var lost = scenario.DatedRecord.First(r => r.GetProperty("kind").GetString() == "positionLost");
        var lostName = trace.PositionNames[lost.GetProperty("position").GetString()!].En;
        var titles = await page.Locator("#record-markers .record-lost title").AllTextContentsAsync();
        var title = Assert.Single(titles, t => t.Contains($"{lostName} lost", StringComparison.Ordinal));
        Assert.StartsWith("Recorded (historical record, not this run)", title, StringComparison.Ordinal);
        Assert.Contains(lost.GetProperty("noteEn").GetString()!, title, StringComparison.Ordinal);
        Assert.Contains($"Sources: {string.Join(", ", lost.GetProperty("sources").EnumerateArray().Select(k => k.GetString()))}", title, StringComparison.Ordinal);

        // The legend names each kind drawn, and only those.
        var drawn = await page.Locator("#record-markers .record-mark").EvaluateAllAsync<string[]>("marks => [...new Set(marks.map(m => m.dataset.kind))]");
        var legend = await page.Locator("#record-legend li").EvaluateAllAsync<string[]>("items => items.map(i => i.className.replace('record-', ''))");
        Assert.Equal(drawn.Order(), legend.Order());
        Assert.Contains("offensive", legend);
        Assert.Contains("lost", legend);
        Assert.Empty(viewer.Problems);
    }

    [BrowserFact]
    public async Task A_recorded_date_in_the_records_list_takes_the_timeline_there()
    {
        var scenario = await ServedScenario.FetchAsync(server);
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en&t=0");
        var page = viewer.Page;
        var item = scenario.DatedRecord.First(r => r.GetProperty("kind").GetString() == "positionLost");

        await page.ClickAsync("#run-banner a");
        Assert.True(await page.Locator("#record-details").EvaluateAsync<bool>("d => d.open"));
        await page.ClickAsync($"#record-list li[data-id='{item.GetProperty("id").GetString()}'] .record-seek");

        Assert.Equal(scenario.HourOf(item.GetProperty("from").GetString()!), await viewer.HourAsync());
    }

    [BrowserTheory]
    [InlineData("en", "held until the cease-fire")]
    [InlineData("zh", "坚守至停火")]
    public async Task At_the_cease_fire_the_garrison_is_shown_captured_and_the_positions_it_still_held_in_a_state_of_their_own(string language, string surrenderedWords)
    {
        var trace = await ServedTrace.FetchAsync(server);
        var (hour, men) = trace.CeaseFire();
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, $"?lang={language}&t={trace.EndHour}");
        var page = viewer.Page;

        // The positions still the defender's at the cease-fire, and only those, are drawn given up.
        var held = trace.HoldersAt(hour).Where(p => p.Value == "D").Select(p => p.Key).Order().ToList();
        Assert.NotEmpty(held);
        var surrendered = await page.EvalOnSelectorAllAsync<string[]>("#map .position.surrendered", "gs => gs.map(g => g.dataset.id)");
        Assert.Equal(held, surrendered.Order());
        Assert.True(await page.Locator("#map-legend li[data-feature='surrendered']").IsVisibleAsync());
        var label = await page.GetAttributeAsync($"#map .position[data-id='{held[0]}']", "aria-label");
        Assert.Contains(surrenderedWords, label, StringComparison.Ordinal);

        // The figures say who was taken: the men of the cease-fire event, and how many positions were still held.
        var menText = men.ToString("N0", CultureInfo.InvariantCulture);
        var end = page.Locator("#status-end");
        await Assertions.Expect(end).ToBeVisibleAsync();
        await Assertions.Expect(end).ToContainTextAsync(menText);
        await Assertions.Expect(end).ToContainTextAsync(held.Count.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator(".stat[data-stat='defenders'] dd")).ToContainTextAsync(menText);

        // An hour earlier the garrison still fights: nothing is drawn given up.
        await viewer.SeekAsync(hour - 1);
        Assert.Equal(0, await page.Locator("#map .position.surrendered").CountAsync());
        await Assertions.Expect(end).ToBeHiddenAsync();
        Assert.Empty(viewer.Problems);
        await viewer.SeekAsync(trace.EndHour);
        await viewer.SaveScreenshotAsync($"cease-fire-{language}");
    }
}
