using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Web.Traces;

namespace Siege.Web.Tests;

public sealed class TraceCacheTests(InMemoryServer server) : IClassFixture<InMemoryServer>
{
    private TraceCache Traces => server.App.Services.GetRequiredService<TraceCache>();

    [Fact]
    public async Task A_seed_asked_for_again_is_served_the_same_bytes_without_running_again()
    {
        var first = await server.Client.GetByteArrayAsync("/api/scenarios/hengyang-1944/runs/501");
        var builtAfterFirst = Traces.Built;
        var second = await server.Client.GetByteArrayAsync("/api/scenarios/hengyang-1944/runs/501");
        Assert.Equal(builtAfterFirst, Traces.Built);
        Assert.True(first.AsSpan().SequenceEqual(second), "the cached trace differs from the one built");
    }

    [Fact]
    public async Task A_crowd_asking_for_one_new_seed_shares_one_build_and_is_never_turned_away()
    {
        // More callers than build slots plus queue: before the cache, the ones past the queue got 503.
        var crowd = WebLimits.ConcurrentTraces + WebLimits.TraceQueue + 16;
        var before = Traces.Built;
        var responses = await Task.WhenAll(Enumerable.Range(0, crowd)
            .Select(_ => server.Client.GetAsync("/api/scenarios/hengyang-1944/runs/502")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsByteArrayAsync()));
        Assert.All(bodies, body => Assert.True(body.AsSpan().SequenceEqual(bodies[0]), "two callers got different traces"));
        Assert.Equal(before + 1, Traces.Built);
        foreach (var response in responses) response.Dispose();
    }

    [Fact]
    public async Task The_least_recently_used_trace_is_the_one_let_go()
    {
        var loaded = ScenarioLoader.LoadEmbedded().Scenario!;
        var model = SiegeModel.Compile(loaded.Scenario);
        using var cache = new TraceCache(capacity: 2);
        await cache.GetAsync(loaded.ContentHash, model, 1);
        await cache.GetAsync(loaded.ContentHash, model, 2);
        await cache.GetAsync(loaded.ContentHash, model, 1); // seed 1 is now the most recent
        await cache.GetAsync(loaded.ContentHash, model, 3); // lets seed 2 go
        Assert.Equal(3, cache.Built);
        await cache.GetAsync(loaded.ContentHash, model, 1);
        Assert.Equal(3, cache.Built);
        await cache.GetAsync(loaded.ContentHash, model, 2);
        Assert.Equal(4, cache.Built);
    }

    [Fact]
    public async Task Another_version_of_the_scenario_is_another_trace()
    {
        var loaded = ScenarioLoader.LoadEmbedded().Scenario!;
        var model = SiegeModel.Compile(loaded.Scenario);
        using var cache = new TraceCache();
        await cache.GetAsync(loaded.ContentHash, model, 7);
        await cache.GetAsync("another-content-hash", model, 7);
        Assert.Equal(2, cache.Built);
    }
}
