using System.Text.Json;

namespace Siege.Cli.Tests.Commands;

public sealed class CalibrateCommandTests
{
    [Fact]
    public void Json_has_the_prior_the_figures_used_the_posterior_and_the_checks()
    {
        // A tiny calibration (2 seeds, a 3 x 3 fine grid) of Iwo Jima, whose losses come from fire fights the two kill
        // rates scale: the shape of the answer, not its precision.
        var result = CliRunner.Run("calibrate", "--scenario", Path.Combine(CliRunner.RepositoryRoot(), "scenarios", "iwo-jima-1945"), "--seeds", "2", "--grid", "3", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        var root = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("iwo-jima-1945", root.GetProperty("scenario").GetString());
        Assert.Equal("cdb90", root.GetProperty("prior").GetProperty("source").GetString());
        // Iwo Jima's own classes (record.yaml: calibration.prior, from CDB90 rows 518-520), as no option names others.
        Assert.Equal("fortified", root.GetProperty("prior").GetProperty("posture").GetString());
        Assert.Equal("open", root.GetProperty("prior").GetProperty("terrain").GetString());
        foreach (var rate in new[] { "attackerKillRate", "defenderKillRate" })
        {
            var r = root.GetProperty("posterior").GetProperty(rate);
            Assert.True(r.GetProperty("p05").GetDouble() < r.GetProperty("median").GetDouble());
            Assert.True(r.GetProperty("median").GetDouble() < r.GetProperty("p95").GetDouble());
        }
        foreach (var key in new[] { "observations", "checks", "unmeasured" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(key).ValueKind);
    }

    [Fact]
    public void Hengyangs_kill_rates_cannot_be_calibrated_alone_and_the_message_says_why()
    {
        // Under model v2 most of Hengyang's losses come from break-ins, close combat and bombardment: even with both
        // kill rates near zero the runs lose men several times faster than CDB90's median, so no prior can be centred.
        var result = CliRunner.Run("calibrate", "--seeds", "2", "--grid", "3");
        Assert.Equal(2, result.ExitCode);
        var message = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("siege: calibrate: no CDB90 prior for hengyang-1944: the kill rates alone cannot bring the runs to the CDB90 median loss rates", message, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_of_unknown_scope_is_refused_with_the_reason()
    {
        var result = CliRunner.Run("calibrate", "--observe", "cas-attacker-ito", "--seeds", "2", "--grid", "3");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--observe cas-attacker-ito: not a record item a run measures (scope unknown, not compared)", result.Error);
    }

    [Fact]
    public void An_item_the_runs_cannot_measure_is_refused_with_the_ones_they_can()
    {
        var result = CliRunner.Run("calibrate", "--observe", "lost-tingbingshan", "--seeds", "2", "--grid", "3");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("lost-tingbingshan", result.Error);
        Assert.Contains("cas-defender-killed", result.Error);
    }

    [Fact]
    public void Bad_sizes_are_refused()
    {
        Assert.Equal(2, CliRunner.Run("calibrate", "--seeds", "1").ExitCode);
        Assert.Equal(2, CliRunner.Run("calibrate", "--grid", "2").ExitCode);
    }

    [Fact]
    public void A_record_the_model_cannot_reach_is_a_one_line_message_not_an_internal_error()
    {
        // An attacker that never has the ratio to open a general offensive: no run opens the second one.
        var variant = Path.Combine(Path.GetTempPath(), $"siege-no-offensive-{Environment.ProcessId}.yaml");
        File.WriteAllText(variant, """
            variantVersion: 1
            id: no-offensive
            name: 无总攻
            nameEn: "No general offensive"
            description: "攻方所需兵力比高到无法发动总攻。"
            descriptionEn: "An opening ratio the attacker never reaches."
            rationale: "A test of the calibration's message."
            rationaleZh: "用于测试校准的提示。"
            source: GUESS
            changes:
              - {op: set, path: "doctrine.attacker.offensiveForceRatio", value: {value: 100, min: 100, max: 100, source: GUESS}}
            """);
        try
        {
            var result = CliRunner.Run("calibrate", "--variant", variant, "--observe", "offensive-2", "--seeds", "2", "--grid", "3");
            Assert.Equal(2, result.ExitCode);
            var message = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("siege: calibrate: no pair of kill rates on the grid produced the record items it fits (offensive-2)", message, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(variant);
        }
    }
}
