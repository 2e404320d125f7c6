using System.Net;
using System.Text.Json;

namespace Siege.Web.Tests;

public sealed class TraceApiTests(InMemoryServer server) : IClassFixture<InMemoryServer>
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(42UL)]
    public async Task The_trace_of_a_seed_is_byte_for_byte_what_siege_run_prints(ulong seed)
    {
        using var response = await server.Client.GetAsync($"/api/scenarios/hengyang-1944/runs/{seed}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        byte[] served = [.. await response.Content.ReadAsByteArrayAsync(), .. System.Text.Encoding.UTF8.GetBytes(Environment.NewLine)];
        byte[] printed = System.Text.Encoding.UTF8.GetBytes(Cli.Run("run", "--seed", $"{seed}", "--format", "trace"));
        // The command line ends its one line of JSON with a newline; the body is the JSON alone.
        Assert.True(printed.AsSpan().SequenceEqual(served), $"the served trace of seed {seed} differs from the printed one");
    }

    [Fact]
    public async Task Seeds_from_zero_to_the_largest_64_bit_number_are_runs()
    {
        foreach (var seed in new[] { "0", "007", ulong.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            using var response = await server.Client.GetAsync($"/api/scenarios/hengyang-1944/runs/{seed}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var trace = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(ulong.Parse(seed, System.Globalization.CultureInfo.InvariantCulture), trace.GetProperty("seed").GetUInt64());
        }
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    [InlineData("abc")]
    [InlineData("%201")]
    [InlineData("1,000")]
    [InlineData("18446744073709551616")]
    [InlineData("99999999999999999999999999")]
    public async Task A_seed_that_is_not_a_whole_64_bit_number_is_a_400_problem(string seed)
    {
        using var response = await server.Client.GetAsync($"/api/scenarios/hengyang-1944/runs/{seed}");
        Assert.Contains("seed", await Problem.AssertAsync(response, HttpStatusCode.BadRequest));
    }
}
