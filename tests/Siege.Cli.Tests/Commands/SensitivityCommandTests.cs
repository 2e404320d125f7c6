using System.Text.Json;

namespace Siege.Cli.Tests.Commands;

public sealed class SensitivityCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("siege-sensitivity-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private CliRunner.Outcome Sensitivity(params string[] more) =>
        CliRunner.Run(["sensitivity", "--store", Path.Combine(_folder, "s.db"), .. more]);

    [Fact]
    public void A_garrison_firing_its_rounds_faster_holds_for_less_time()
    {
        // supplies.yaml: small arms, 11 rounds per engaged man-hour in a range of 5-25. Using the same stock more slowly
        // must make the siege longer, faster shorter: the garrison's fire lasts as long as its rounds.
        var result = Sensitivity("--runs", "100", "--only", "def-small-arms].usePerManHour", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        var rate = Assert.Single(json.GetProperty("parameters").EnumerateArray());
        Assert.Equal("supplies.defender[id=def-small-arms].usePerManHour", rate.GetProperty("path").GetString());
        Assert.Equal((11.0, 5.0, 25.0), (rate.GetProperty("value").GetDouble(), rate.GetProperty("low").GetDouble(), rate.GetProperty("high").GetDouble()));
        double[] Ci(string end) => [.. rate.GetProperty(end).GetProperty("durationDays").GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble())];
        Assert.True(Ci("atLow")[0] > 0, $"at 5 rounds the siege should be longer: [{Ci("atLow")[0]}, {Ci("atLow")[1]}]");
        Assert.True(Ci("atHigh")[1] < 0, $"at 25 rounds the siege should be shorter: [{Ci("atHigh")[0]}, {Ci("atHigh")[1]}]");
        Assert.True(rate.GetProperty("swingDays").GetDouble() < 0);
        Assert.Equal(100, json.GetProperty("runs").GetInt32());
    }

    [Fact]
    public void The_result_does_not_depend_on_the_threads_or_on_what_the_store_held()
    {
        var first = Sensitivity("--runs", "20", "--only", "KillRate", "--threads", "1", "--format", "json");
        var again = Sensitivity("--runs", "20", "--only", "KillRate", "--threads", "2", "--format", "json");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(first.Out, again.Out);
        // Two figures match "KillRate": the attacker's and the defender's, ordered by the size of their swing.
        Assert.Equal(2, JsonDocument.Parse(first.Out).RootElement.GetProperty("parameters").GetArrayLength());
    }

    [Fact]
    public void An_end_equal_to_the_value_is_the_baseline_and_changes_nothing()
    {
        // doctrine.attacker.pauseShellHours is 0 in a range of 0–24: its low end is the scenario itself.
        var result = Sensitivity("--runs", "10", "--only", "pauseShellHours", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        var low = JsonDocument.Parse(result.Out).RootElement.GetProperty("parameters")[0].GetProperty("atLow").GetProperty("durationDays");
        Assert.Equal(0, low.GetProperty("mean").GetDouble());
        Assert.Equal([0.0, 0.0], low.GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()));
    }

    [Fact]
    public void A_filter_that_matches_nothing_says_so()
    {
        var result = Sensitivity("--runs", "5", "--only", "no-such-figure");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("siege: no figure with a range has a path containing 'no-such-figure'", result.Error.Trim());
    }

    [Fact]
    public void The_text_table_and_the_tornado_chart()
    {
        var plot = Path.Combine(_folder, "plot");
        var result = Sensitivity("--runs", "10", "--only", "KillRate", "--plot", plot);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("combat.attackerKillRate", result.Out);
        Assert.Contains("0.093 [0.068, 0.141]", result.Out);
        foreach (var ext in new[] { "png", "svg" })
            Assert.True(new FileInfo(Path.Combine(plot, $"sensitivity-tornado.{ext}")).Length > 10_000, ext);
    }
}
