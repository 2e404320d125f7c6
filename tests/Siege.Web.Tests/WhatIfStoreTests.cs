using System.Net;
using System.Text;

namespace Siege.Web.Tests;

/// <summary>How what-ifs use the run store, each test on a server and store of its own so that the counts are its own.</summary>
public sealed class WhatIfStoreTests : IAsyncLifetime
{
    private readonly InMemoryServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private Task<HttpResponseMessage> PostAsync(string body) =>
        _server.Client.PostAsync("/api/scenarios/hengyang-1944/whatif", new StringContent(body, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task A_what_if_is_answered_from_the_store_and_only_missing_seeds_are_run()
    {
        var before = _server.WhatIfs.RunsExecuted;
        using var first = await PostAsync("""{"variant": "relief-early", "runs": 20}""");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(40, _server.WhatIfs.RunsExecuted - before);

        using var again = await PostAsync("""{"runs": 20, "variant": "relief-early"}""");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(40, _server.WhatIfs.RunsExecuted - before);

        using var more = await PostAsync("""{"variant": "relief-early", "runs": 30}""");
        Assert.Equal(HttpStatusCode.OK, more.StatusCode);
        Assert.Equal(60, _server.WhatIfs.RunsExecuted - before);
    }

    // Whether the requests overlap in time depends on the machine; either way each seed must run once (identical
    // requests share one computation, and a later one finds the runs stored), and every caller gets the same answer.
    // SingleFlightTests show the sharing itself.
    [Fact]
    public async Task Identical_what_ifs_at_the_same_time_run_each_seed_once_and_give_one_answer()
    {
        var before = _server.WhatIfs.RunsExecuted;
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostAsync("""{"variant": "no-air-support", "runs": 30}""")));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(bodies.Distinct());
        Assert.Equal(60, _server.WhatIfs.RunsExecuted - before);
        foreach (var r in responses) r.Dispose();
    }
}
