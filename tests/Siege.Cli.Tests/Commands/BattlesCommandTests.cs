using System.Text.Json;

namespace Siege.Cli.Tests.Commands;

public sealed class BattlesCommandTests
{
    [Fact]
    public void Validate_prints_the_documented_json_contract()
    {
        var result = CliRunner.Run("battles", "validate", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(10, root.GetProperty("folds").GetInt32());
        foreach (var subset in new[] { "all", "ww2-prepared-fortified" })
        {
            var s = root.GetProperty("subsets").GetProperty(subset);
            Assert.True(s.GetProperty("battles").GetInt32() > 100);
            var model = s.GetProperty("model");
            Assert.InRange(model.GetProperty("coverage80").GetDouble(), 0.6, 0.95);
            // The fitted model must beat both baselines out of sample, or it has no business setting the engine's rates.
            Assert.True(model.GetProperty("mae").GetDouble() < s.GetProperty("postureMedian").GetProperty("mae").GetDouble());
            Assert.True(model.GetProperty("mae").GetDouble() < s.GetProperty("lanchesterSquare").GetProperty("mae").GetDouble());
        }
    }

    [Fact]
    public void Fit_shows_both_sides_coefficients_with_their_uncertainty()
    {
        var result = CliRunner.Run("battles", "fit");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("log force ratio (A/D)", result.Out);
        Assert.Contains("95% interval", result.Out);
        Assert.Contains("Fitted WWII daily rates", result.Out);
    }

    [Theory]
    // The embedded Hengyang scenario's record: 47 days (zh-wp), its shortest recorded length.
    [InlineData(null, 47.0)]
    [InlineData("30", 30.0)]
    public void Fit_shows_the_typical_rates_at_the_scenarios_length_or_the_one_given(string? option, double days)
    {
        var result = CliRunner.Run(option is null ? ["battles", "fit", "--format", "json"] : ["battles", "fit", "--days", option, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var rows = JsonDocument.Parse(result.Out).RootElement.GetProperty("typicalRates").EnumerateArray().ToList();
        // Fortified and prepared defence, each at the data's median length and at the length of interest.
        Assert.Equal(4, rows.Count);
        Assert.Equal(2, rows.Count(r => r.GetProperty("days").GetDouble() == days));
    }

    [Fact]
    public void Fit_for_a_scenario_without_a_recorded_length_shows_the_data_s_median_length_only()
    {
        var iwoJima = Path.Combine(CliRunner.RepositoryRoot(), "scenarios", "iwo-jima-1945");
        var result = CliRunner.Run("battles", "fit", "--scenario", iwoJima, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(2, JsonDocument.Parse(result.Out).RootElement.GetProperty("typicalRates").GetArrayLength());
    }

    [Fact]
    public void Predict_gives_both_sides_casualties_inside_their_interval()
    {
        var result = CliRunner.Run("battles", "predict", "--attacker", "30000", "--defender", "14000", "--posture", "fortified",
            "--terrain", "rugged", "--days", "47", "--year", "1944", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        foreach (var side in new[] { "attacker", "defender" })
        {
            var s = json.RootElement.GetProperty(side);
            var median = s.GetProperty("casualties").GetDouble();
            Assert.InRange(median, s.GetProperty("low").GetDouble(), s.GetProperty("high").GetDouble());
        }
        // Casualties never exceed the side's strength, however long the battle.
        Assert.True(json.RootElement.GetProperty("defender").GetProperty("high").GetDouble() <= 14_000);
    }

    [Theory]
    // A prediction is of one battle given on the command line: every fact of it the model uses must be stated, none
    // stands in for it by default (the year sets the period, and 1944 was Hengyang's).
    [InlineData("--year", "--year is required: the year the battle began, which sets its period")]
    [InlineData("--posture", "--posture is required: the defender's posture (hasty, prepared, fortified or other)")]
    [InlineData("--terrain", "--terrain is required: the ground (open, rugged, wooded, desert or urban)")]
    public void Predict_needs_the_battle_s_year_posture_and_terrain(string left, string message)
    {
        string[] all = ["--attacker", "30000", "--defender", "14000", "--days", "47", "--year", "1944", "--posture", "fortified", "--terrain", "rugged"];
        var at = Array.IndexOf(all, left);
        var result = CliRunner.Run(["battles", "predict", .. all[..at], .. all[(at + 2)..]]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"siege: {message}", result.Error.Trim());
    }

    [Theory]
    [InlineData("battles", "predict", "--attacker", "30000", "--defender", "14000")]
    [InlineData("battles", "predict", "--attacker", "30000", "--defender", "14000", "--days", "5", "--year", "1944", "--terrain", "open", "--posture", "castle")]
    [InlineData("battles", "validate", "--folds", "1")]
    public void Bad_battle_options_get_one_line_and_exit_code_2(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("siege: ", result.Error);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
