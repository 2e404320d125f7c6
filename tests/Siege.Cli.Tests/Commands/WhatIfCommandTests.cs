using System.Text.Json;

namespace Siege.Cli.Tests.Commands;

public sealed class WhatIfCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("siege-whatif-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private JsonElement WhatIf(string variant, int runs)
    {
        var result = CliRunner.Run("whatif", "--variant", variant, "--runs", $"{runs}", "--store", Path.Combine(_folder, "w.db"), "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    [Fact]
    public void The_null_variant_differs_from_the_baseline_by_exactly_nothing_on_every_seed()
    {
        var json = WhatIf("null", 50);
        var difference = json.GetProperty("difference");
        foreach (var figure in new[] { "durationDays", "defenderKilled", "attackerKilled" })
        {
            Assert.Equal(0, difference.GetProperty(figure).GetProperty("mean").GetDouble());
            Assert.Equal([0.0, 0.0], difference.GetProperty(figure).GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()));
        }
        Assert.Equal(0, json.GetProperty("pLongerSiege").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("varianceReduction").ValueKind);
        // The same runs, so the same distribution bin for bin.
        var distribution = json.GetProperty("distribution");
        Assert.Equal(Counts(distribution, "baseline"), Counts(distribution, "variant"));
    }

    private static long[] Counts(JsonElement distribution, string side) =>
        [.. distribution.GetProperty(side).EnumerateArray().Select(e => e.GetInt64())];

    // Each variant's rationale says which way the siege should move; a paired test over 1,000 seeds checks it: the 95%
    // interval of the mean paired difference must lie wholly on that side of zero. "not shorter" is for a variant
    // whose rationale asks a question rather than expects an answer (did the second offensive depend on the July
    // guns?), but which helps the defender and so must not shorten the siege: the interval must reach above zero.
    [Theory]
    [InlineData("relief-early", "not shorter")]
    [InlineData("more-ammunition", "longer")]
    [InlineData("no-gas", "longer")]
    [InlineData("no-air-support", "shorter")]
    [InlineData("eighth-regiment-early", "not shorter")]
    [InlineData("extra-division", "longer")]
    [InlineData("japanese-reinforcement-late", "not shorter")]
    [InlineData("ammunition-air-drops", "longer")]
    public void Each_variant_moves_the_siege_the_way_its_rationale_says(string variant, string direction)
    {
        // 1,000 seeds: no-gas and no-air-support move the siege by about a twentieth and a fifth of a day, which 200
        // seeds cannot tell from zero.
        var json = WhatIf(variant, 1000);
        var ci = json.GetProperty("difference").GetProperty("durationDays").GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var holds = direction switch { "longer" => ci[0] > 0, "shorter" => ci[1] < 0, _ => ci[1] > 0 };
        Assert.True(holds, $"{variant} should make the siege {direction}: 95% interval of the paired difference [{ci[0]}, {ci[1]}] days");
        // Common random numbers must pay for themselves: the paired difference varies less than independent seeds' would.
        Assert.True(json.GetProperty("varianceReduction").GetDouble() > 1);
    }

    [Fact]
    public void The_summary_has_the_documented_fields()
    {
        var json = WhatIf("no-gas", 30);
        foreach (var key in new[] { "variant", "runs", "baseline", "difference", "pLongerSiege", "varianceReduction", "distribution" })
            Assert.True(json.TryGetProperty(key, out _), $"missing '{key}'");
        Assert.Equal("no-gas", json.GetProperty("variant").GetProperty("id").GetString());
        Assert.Equal(30, json.GetProperty("runs").GetInt32());
        foreach (var side in new[] { json.GetProperty("baseline"), json.GetProperty("variant") })
        {
            var days = side.GetProperty("durationDays");
            var (p10, p50, p90) = (days.GetProperty("p10").GetDouble(), days.GetProperty("p50").GetDouble(), days.GetProperty("p90").GetDouble());
            Assert.True(p10 <= p50 && p50 <= p90, $"percentiles out of order: {p10}, {p50}, {p90}");
        }
        // Each side's 30 runs are all in the histogram, whose bins are whole hours and at most 40.
        var distribution = json.GetProperty("distribution");
        Assert.Equal(30, Counts(distribution, "baseline").Sum());
        Assert.Equal(30, Counts(distribution, "variant").Sum());
        Assert.InRange(Counts(distribution, "baseline").Length, 1, 40);
        Assert.Equal(distribution.GetProperty("binHours").GetInt32() / 24.0, distribution.GetProperty("binDays").GetDouble(), 4);
    }

    [Fact]
    public void An_unknown_variant_names_the_shipped_ones()
    {
        var result = CliRunner.Run("whatif", "--variant", "no-such-thing", "--runs", "5", "--store", Path.Combine(_folder, "x.db"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("siege: no variant 'no-such-thing': give a file, or one of ", result.Error);
        Assert.Contains("relief-early", result.Error);
    }

    [Fact]
    public void A_variant_path_may_leave_out_its_extension_as_a_shipped_name_does()
    {
        var path = Path.Combine(CliRunner.RepositoryRoot(), "scenarios", "hengyang-1944", "variants", "no-gas");
        var byPath = CliRunner.Run("whatif", "--variant", path, "--runs", "5", "--store", Path.Combine(_folder, "p.db"), "--format", "json");
        var byName = CliRunner.Run("whatif", "--variant", "no-gas", "--runs", "5", "--store", Path.Combine(_folder, "n.db"), "--format", "json");
        Assert.True(byPath.ExitCode == 0, byPath.Error);
        Assert.Equal(byName.Out, byPath.Out);
    }

    [Fact]
    public void Lint_checks_a_variant_like_a_scenario()
    {
        Assert.Equal(0, CliRunner.Run("lint", "--variant", "relief-early").ExitCode);
        var path = Path.Combine(_folder, "broken-variant.yaml");
        File.WriteAllText(path, "variantVersion: 1\nid: broken\nname: 坏\nnameEn: Broken\ndescription: x\ndescriptionEn: x\nrationale: x\nsource: [zh-wp]\nchanges:\n  - {op: scale, path: \"supplies.defender[*].nameEn\", by: 2}\n");
        var result = CliRunner.Run("lint", "--variant", path);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{path}:10:", result.Out);
    }
}
