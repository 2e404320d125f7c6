using Microsoft.AspNetCore.Builder;

namespace Siege.Web.BrowserTests;

/// <summary>
/// The real server (<see cref="SiegeWebHost"/>) on a free loopback port with a run store in a temporary folder,
/// serving the viewer as <c>siege serve</c> does: from the <c>wwwroot</c> shipped beside the assembly.
/// </summary>
public sealed class ViewerServer : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"siege-browser-tests-{Guid.NewGuid():N}");
    private WebApplication? app;

    /// <summary>The server's origin, e.g. <c>http://127.0.0.1:41234</c>, without a trailing slash.</summary>
    public string Origin { get; private set; } = "";

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        app = SiegeWebHost.Build(new SiegeWebOptions { Port = 0, StorePath = Path.Combine(folder, "runs.db") });
        await app.StartAsync();
        Origin = app.Urls.Single().TrimEnd('/');
        Http.BaseAddress = new Uri(Origin);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
