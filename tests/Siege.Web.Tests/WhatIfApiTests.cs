using System.Net;
using System.Text;
using System.Text.Json;

namespace Siege.Web.Tests;

public sealed class WhatIfApiTests(InMemoryServer server) : IClassFixture<InMemoryServer>
{
    private const string WhatIf = "/api/scenarios/hengyang-1944/whatif";

    private Task<HttpResponseMessage> PostAsync(string body, string contentType = "application/json", string path = WhatIf) =>
        server.Client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

    [Fact]
    public async Task A_what_if_answers_the_JSON_of_siege_whatif_byte_for_byte()
    {
        using var response = await PostAsync("""{"variant": "no-gas", "runs": 25}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var served = await response.Content.ReadAsStringAsync();
        var printed = Cli.Run("whatif", "--variant", "no-gas", "--runs", "25", "--store", Path.Combine(server.Folder, "cli.db"), "--format", "json");
        Assert.Equal(printed, served + Environment.NewLine);
        Assert.Equal(25, JsonDocument.Parse(served).RootElement.GetProperty("runs").GetInt32());
    }

    [Theory]
    [InlineData("""{"variant": "relief-early", "runs": 10001}""", "10,000")]
    [InlineData("""{"variant": "relief-early", "runs": 1000000000000}""", "10,000")]
    [InlineData("""{"variant": "relief-early", "runs": 0}""", "runs")]
    [InlineData("""{"variant": "relief-early", "runs": -5}""", "runs")]
    [InlineData("""{"variant": "relief-early", "runs": 2.5}""", "whole number")]
    [InlineData("""{"variant": "relief-early", "runs": "20"}""", "whole number")]
    [InlineData("""{"variant": "relief-early"}""", "'runs' is missing")]
    [InlineData("""{"runs": 20}""", "'variant' is missing")]
    [InlineData("""{"variant": 7, "runs": 20}""", "'variant' must")]
    [InlineData("""{"variant": "", "runs": 20}""", "'variant' must")]
    [InlineData("""{"variant": "relief-early", "runs": 20, "seed": 5}""", "unknown field 'seed'")]
    [InlineData("""{"variant": "relief-early", "runs": 20, "runs": 10}""", "twice")]
    [InlineData("""[{"variant": "relief-early", "runs": 20}]""", "JSON object")]
    [InlineData("""{"variant": "relief-early", "runs": 20""", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    public async Task A_bad_body_is_a_400_problem_that_says_what_is_wrong(string body, string said)
    {
        using var response = await PostAsync(body);
        Assert.Contains(said, await Problem.AssertAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task An_unknown_variant_is_a_404_problem_that_names_the_shipped_ones()
    {
        using var response = await PostAsync("""{"variant": "no-such-variant", "runs": 20}""");
        var detail = await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("no-such-variant", detail);
        Assert.Contains("relief-early", detail);
    }

    [Theory]
    [InlineData("../variants/no-gas")]
    [InlineData("..\\\\scenario")]
    [InlineData("/etc/passwd")]
    public async Task A_variant_name_that_is_a_path_is_only_an_unknown_variant(string name)
    {
        using var response = await PostAsync($$"""{"variant": "{{name}}", "runs": 20}""");
        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_what_if_on_an_unknown_scenario_is_a_404_problem()
    {
        using var response = await PostAsync("""{"variant": "no-gas", "runs": 20}""", path: "/api/scenarios/no-such-siege/whatif");
        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_over_16_KB_is_a_413_problem_and_nothing_runs()
    {
        var before = server.WhatIfs.Started;
        var padding = new string(' ', WebLimits.MaxRequestBodyBytes);
        using var response = await PostAsync($$"""{"variant": "no-gas", "runs": 20}{{padding}}""");
        Assert.Contains("16,384", await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal(before, server.WhatIfs.Started);
    }

    [Fact]
    public async Task A_body_of_exactly_16_KB_is_read()
    {
        var json = """{"variant": "no-gas", "runs": 20}""";
        using var response = await PostAsync(json + new string(' ', WebLimits.MaxRequestBodyBytes - json.Length));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_that_is_not_JSON_by_its_type_is_a_415_problem(string type)
    {
        using var response = await PostAsync("""{"variant": "no-gas", "runs": 20}""", type);
        await Problem.AssertAsync(response, HttpStatusCode.UnsupportedMediaType);
    }
}
