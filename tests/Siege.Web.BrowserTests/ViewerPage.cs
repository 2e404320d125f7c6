using System.Globalization;
using Microsoft.Playwright;

namespace Siege.Web.BrowserTests;

/// <summary>
/// A fresh browser context with one page on the viewer, watching everything the tests forbid: console errors,
/// uncaught exceptions, failed requests and requests to any origin but the server's.
/// </summary>
public sealed class ViewerPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly string origin;

    private ViewerPage(IBrowserContext context, IPage page, string origin)
    {
        this.context = context;
        Page = page;
        this.origin = origin;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Problems.Add($"console error: {message.Text}");
        };
        page.PageError += (_, error) => Problems.Add($"uncaught: {error}");
        page.RequestFailed += (_, request) => Problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Request += (_, request) =>
        {
            if (!IsOwn(request.Url)) ForeignRequests.Add(request.Url);
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors, uncaught exceptions and failed requests, in the order they happened.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Every request the page made to another origin.</summary>
    public List<string> ForeignRequests { get; } = [];

    public static Task<ViewerPage> OpenAsync(Chromium chromium, ViewerServer server, string query = "", int width = 1280,
        int height = 800, string locale = "en-GB", bool phone = false) =>
        OpenAsync(chromium, server, query, new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
        });

    public static async Task<ViewerPage> OpenAsync(Chromium chromium, ViewerServer server, string query, BrowserNewContextOptions options)
    {
        var viewer = await OpenWithoutWaitingAsync(chromium, server, query, options);
        await viewer.WaitUntilReadyAsync();
        return viewer;
    }

    /// <summary>
    /// The page as navigation leaves it, before the run is drawn; <paramref name="beforeNavigation"/> may route the
    /// page's requests first (to hold the trace back, say).
    /// </summary>
    public static async Task<ViewerPage> OpenWithoutWaitingAsync(Chromium chromium, ViewerServer server, string query,
        BrowserNewContextOptions? options = null, Func<IPage, Task>? beforeNavigation = null)
    {
        var context = await chromium.Browser.NewContextAsync(options ?? new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        var viewer = new ViewerPage(context, page, server.Origin);
        if (beforeNavigation is not null) await beforeNavigation(page);
        await page.GotoAsync($"{server.Origin}/{query}");
        return viewer;
    }

    /// <summary>
    /// The viewer marks the page ready once the run is drawn, or "problem" when the link's seed or scenario cannot be
    /// shown (js/main.js).
    /// </summary>
    public Task WaitUntilReadyAsync(string state = "true") =>
        Page.Locator($"html[data-ready='{state}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });

    /// <summary>Moves the timeline to an hour with its slider, as a reader dragging it does.</summary>
    public Task SeekAsync(int hour) => Page.FillAsync("#time-slider", hour.ToString(CultureInfo.InvariantCulture));

    /// <summary>Selects a position as a keyboard user does: the whole area framed, the symbol focused, Enter.</summary>
    public async Task SelectPositionAsync(string id)
    {
        await Page.ClickAsync("#view-area");
        await Page.Locator($"#map .position[data-id='{id}']").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Who holds each position on the map now, by position id: "D" or "A".</summary>
    public async Task<Dictionary<string, string>> HoldersOnMapAsync()
    {
        var pairs = await Page.EvalOnSelectorAllAsync<string[][]>("#map .position",
            "groups => groups.map(g => [g.dataset.id, g.dataset.holder])");
        return pairs.ToDictionary(p => p[0], p => p[1]);
    }

    /// <summary>The hour the timeline is at, from its slider.</summary>
    public async Task<int> HourAsync() => int.Parse(await Page.InputValueAsync("#time-slider"), CultureInfo.InvariantCulture);

    public async Task SaveScreenshotAsync(string name)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(name) });
    }

    private bool IsOwn(string url) => url.StartsWith(origin + "/", StringComparison.Ordinal) || url == origin;

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
