using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Siege.Web.WhatIf;

namespace Siege.Web.Tests;

/// <summary>
/// The server as <c>siege serve</c> builds it, on ASP.NET Core's in-memory TestServer instead of a socket, over a
/// run store in a temporary folder of its own. One per test class.
/// </summary>
public sealed class InMemoryServer : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("siege-web-").FullName;

    public WebApplication App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string StorePath => Path.Combine(Folder, "runs.db");

    internal WhatIfService WhatIfs => App.Services.GetRequiredService<WhatIfService>();

    /// <summary>Options for the server; a test class may serve a scenario from disk as well.</summary>
    internal Func<InMemoryServer, SiegeWebOptions> Options { get; init; } = server => new SiegeWebOptions { Port = 0, StorePath = server.StorePath };

    public async Task InitializeAsync()
    {
        App = SiegeWebHost.Build(Options(this), builder => builder.WebHost.UseTestServer());
        await App.StartAsync();
        Client = App.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
