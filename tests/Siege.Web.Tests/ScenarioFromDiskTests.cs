using System.Net;
using System.Text.Json;

namespace Siege.Web.Tests;

/// <summary>A server started with a scenario from disk (as <c>siege serve --scenario PATH</c>) serves it beside the embedded one.</summary>
public sealed class ScenarioFromDiskTests : IAsyncLifetime
{
    private readonly InMemoryServer _server = new()
    {
        Options = server => new SiegeWebOptions { Port = 0, StorePath = server.StorePath, ScenarioPath = Path.Combine(Repository.Root, "scenarios", "iwo-jima-1945") },
    };

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Both_scenarios_are_listed_and_each_is_served()
    {
        var ids = JsonDocument.Parse(await _server.Client.GetStringAsync("/api/scenarios")).RootElement.EnumerateArray()
            .Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(["hengyang-1944", "iwo-jima-1945"], ids);
        using var trace = await _server.Client.GetAsync("/api/scenarios/iwo-jima-1945/runs/3");
        Assert.Equal(HttpStatusCode.OK, trace.StatusCode);
        Assert.Equal("[]", await _server.Client.GetStringAsync("/api/scenarios/iwo-jima-1945/variants"));
    }

    [Fact]
    public void A_scenario_path_that_does_not_exist_stops_the_server_from_being_built()
    {
        var e = Assert.Throws<FileNotFoundException>(() => SiegeWebHost.Build(new SiegeWebOptions { Port = 0, ScenarioPath = "/no/such/scenario" }));
        Assert.Contains("/no/such/scenario", e.Message);
    }

    [Theory]
    [InlineData("example.org", 0)]
    [InlineData("127.0.0.1", 70000)]
    [InlineData("localhost", 0)]
    public void Options_that_cannot_work_stop_the_server_from_being_built(string host, int port) =>
        Assert.Throws<ArgumentException>(() => SiegeWebHost.Build(new SiegeWebOptions { Host = host, Port = port }));

}
