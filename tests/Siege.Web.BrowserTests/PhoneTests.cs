using Microsoft.Playwright;

namespace Siege.Web.BrowserTests;

[Collection(ViewerCollection.Name)]
public sealed class PhoneTests(ViewerServer server, Chromium chromium)
{
    [BrowserTheory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task A_phone_sized_viewport_shows_the_map_and_the_controls_without_sideways_scrolling(string language)
    {
        var trace = await ServedTrace.FetchAsync(server);
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, $"?lang={language}&t=600", width: 390, height: 844, phone: true);
        var page = viewer.Page;

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page is wider than the phone");
        var map = await page.Locator("#map").BoundingBoxAsync();
        Assert.NotNull(map);
        Assert.InRange(map.Width, 300, 390);
        Assert.True(map.Height >= 300, $"map {map.Height} px high");

        foreach (var control in new[] { "#play-button", "#time-slider", "#lang-zh", "#lang-en", "#zoom-in", "#view-area" })
        {
            var box = await page.Locator(control).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"{control} is off the screen");
            Assert.True(box.Height >= 24, $"{control} is {box.Height} px high, too small to tap");
        }

        await page.Locator("#map .position[data-id='zhangjiashan']").TapAsync();
        var name = language == "zh" ? trace.PositionNames["zhangjiashan"].Zh : trace.PositionNames["zhangjiashan"].En;
        await Assertions.Expect(page.Locator("#position-details .position-name")).ToContainTextAsync(name);
        Assert.Equal(trace.HoldersAt(600), await viewer.HoldersOnMapAsync());
        Assert.Empty(viewer.Problems);
        await viewer.SaveScreenshotAsync($"phone-{language}");
    }
}
