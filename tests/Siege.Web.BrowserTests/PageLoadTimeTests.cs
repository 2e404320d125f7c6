using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Siege.Web.BrowserTests;

/// <summary>
/// How long the viewer takes to open: from the start of navigation to the load event, and to the first position drawn
/// on the map (which needs the run's trace). Measured on a seed no other test asks for, so the first opening builds
/// its trace and the second is served it from the server's cache. The figures are written to the test output
/// (dotnet test --logger "console;verbosity=detailed") for the README; the bound only catches a page that hangs.
/// </summary>
[Collection(ViewerCollection.Name)]
public sealed class PageLoadTimeTests(ViewerServer server, Chromium chromium, ITestOutputHelper output)
{
    // Set as soon as the first position is in the map, in the page's own clock (milliseconds since navigation began).
    private const string FirstMapWatcher = """
        new MutationObserver((_, observer) => {
          if (document.querySelector('#map .position')) { window.__firstMapDrawn = performance.now(); observer.disconnect(); }
        }).observe(document, { childList: true, subtree: true });
        """;

    [BrowserFact]
    public async Task The_viewer_loads_and_draws_its_map_within_seconds()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        try
        {
            await context.AddInitScriptAsync(FirstMapWatcher);
            foreach (var visit in new[] { "first (trace built)", "again (trace cached)" })
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync($"{server.Origin}/?seed=4242", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                await page.WaitForFunctionAsync("() => window.__firstMapDrawn !== undefined", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
                var load = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd");
                var map = await page.EvaluateAsync<double>("() => window.__firstMapDrawn");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page load, {visit}: load event {load:0} ms, first map drawn {map:0} ms"));
                Assert.InRange(load, 1, 30_000);
                Assert.InRange(map, 1, 30_000);
                await page.CloseAsync();
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
