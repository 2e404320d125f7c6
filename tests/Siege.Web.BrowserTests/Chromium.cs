using Microsoft.Playwright;

namespace Siege.Web.BrowserTests;

/// <summary>
/// Debian's Chromium (<c>.ci/run</c> installs it; <see cref="BrowserRequirement"/> says where it is looked for),
/// launched headless by Playwright once for all the tests. Playwright's own browser builds are never downloaded; the
/// switches keep Chromium from calling home, so that any request the tests see comes from the page.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private static readonly string[] Switches =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? playwright;

    private IBrowser? browser;

    /// <summary>The browser; a test reaches it only when it runs, that is when Chromium is there or required.</summary>
    public IBrowser Browser => browser ?? throw new InvalidOperationException(BrowserRequirement.MissingMessage);

    public async Task InitializeAsync()
    {
        // The fixture is made even when every test of the collection is skipped: without a browser it stays empty
        // (the tests say why they were skipped), unless the browser is required, and then its absence is the error.
        if (!BrowserRequirement.Available)
        {
            if (BrowserRequirement.Required) throw new InvalidOperationException(BrowserRequirement.MissingMessage);
            return;
        }
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserRequirement.ExecutablePath,
            Headless = true,
            Args = Switches,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
    }
}

/// <summary>One server and one browser for every test class in the collection.</summary>
[CollectionDefinition(Name)]
public sealed class ViewerCollection : ICollectionFixture<ViewerServer>, ICollectionFixture<Chromium>
{
    public const string Name = "viewer";
}
