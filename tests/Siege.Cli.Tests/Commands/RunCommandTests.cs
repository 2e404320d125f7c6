using System.Text.Json;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;

namespace Siege.Cli.Tests.Commands;

public sealed class RunCommandTests
{
    [Fact]
    public void Json_output_is_one_object_with_the_documented_contract()
    {
        var result = CliRunner.Run("run", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        foreach (var key in new[] { "scenario", "seed", "hash", "start", "end", "durationDays", "outcome", "offensives", "positions", "casualties", "ammunition", "fidelity" })
            Assert.True(root.TryGetProperty(key, out _), $"missing '{key}'");
        Assert.Equal("hengyang-1944", root.GetProperty("scenario").GetString());
        Assert.Equal(1UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal("1944-06-22T00:00", root.GetProperty("start").GetString());
        var position = root.GetProperty("positions")[0];
        foreach (var key in new[] { "id", "name", "nameEn", "tier", "lostAt", "changes" })
            Assert.True(position.TryGetProperty(key, out _), $"position lacks '{key}'");
        foreach (var side in new[] { "defender", "attacker" })
            foreach (var kind in new[] { "killed", "wounded", "captured" })
                Assert.True(root.GetProperty("casualties").GetProperty(side).GetProperty(kind).GetInt32() >= 0);
        var row = root.GetProperty("fidelity")[0];
        foreach (var key in new[] { "item", "recorded", "simulated", "ok", "verdict" })
            Assert.True(row.TryGetProperty(key, out _), $"fidelity row lacks '{key}'");
    }

    [Fact]
    public void A_fidelity_row_not_compared_has_no_ok_and_says_why()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("run", "--format", "json").Out);
        var rows = json.RootElement.GetProperty("fidelity").EnumerateArray().ToDictionary(r => r.GetProperty("item").GetString()!);
        // record.yaml: Ito's 19,380 states no scope; the defenders' 5,600 killed is of the whole garrison over the siege.
        var ito = rows["cas-attacker-ito"];
        Assert.Equal(JsonValueKind.Null, ito.GetProperty("ok").ValueKind);
        Assert.Equal("scopeUnknown", ito.GetProperty("verdict").GetString());
        Assert.Equal("scope unknown, not compared", ito.GetProperty("simulated").GetString());
        var killed = rows["cas-defender-killed"];
        Assert.Equal(killed.GetProperty("ok").GetBoolean() ? "match" : "miss", killed.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Json_output_carries_the_engine_hash_for_the_seed()
    {
        var engine = SiegeModel.Compile(ScenarioLoader.LoadEmbedded().Scenario!.Scenario).Run(7);
        using var json = JsonDocument.Parse(CliRunner.Run("run", "--seed", "7", "--format", "json").Out);
        Assert.Equal(engine.HashHex, json.RootElement.GetProperty("hash").GetString());
        Assert.Equal(Math.Round(engine.DurationDays, 2), json.RootElement.GetProperty("durationDays").GetDouble());
    }

    [Fact]
    public void Chinese_names_are_written_as_characters_not_escapes()
    {
        var result = CliRunner.Run("run", "--format", "json");
        Assert.Contains("张家山", result.Out);
    }

    [Fact]
    public void Text_output_is_a_day_by_day_chronicle_with_a_fidelity_table()
    {
        var result = CliRunner.Run("run");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Day  1  1944-06-22", result.Out);
        Assert.Matches(@"\d{2}:\d{2}  air raid \(\d+ casualties\)", result.Out);
        Assert.Contains("Fidelity: the record against this run", result.Out);
        Assert.Contains("19,380 [ito-1973]", result.Out);
        Assert.Matches(@"\d+ of the \d+ record items compared matched; \d+ not compared \(\d+ of unknown scope\)\.", result.Out);
    }

    [Fact]
    public void A_scenario_folder_on_disk_runs_like_the_embedded_one()
    {
        var path = Path.Combine(CliRunner.RepositoryRoot(), "scenarios", "hengyang-1944");
        using var disk = JsonDocument.Parse(CliRunner.Run("run", "--scenario", path, "--format", "json").Out);
        using var embedded = JsonDocument.Parse(CliRunner.Run("run", "--format", "json").Out);
        Assert.Equal(embedded.RootElement.GetProperty("hash").GetString(), disk.RootElement.GetProperty("hash").GetString());
    }

    [Theory]
    [InlineData("run", "--seed", "abc")]
    [InlineData("run", "--seed", "-1")]
    [InlineData("run", "--format", "xml")]
    [InlineData("run", "--colour", "red")]
    [InlineData("fly")]
    public void Bad_options_get_one_clear_line_and_exit_code_2(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("siege: ", lines[0]);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_missing_scenario_is_reported_by_name()
    {
        var result = CliRunner.Run("run", "--scenario", "/no/such/scenario");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("siege: /no/such/scenario: no such scenario file or folder", result.Error.Trim());
    }

    [Fact]
    public void An_invalid_scenario_is_reported_with_every_problem_located()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "broken.yaml");
        File.WriteAllText(path, "schemaVersion: 1\nid: Broken\n");
        var result = CliRunner.Run("run", "--scenario", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:2:5: scenario.id: 'Broken' is not a valid id", result.Error);
        Assert.Contains($"{path}:1:1: scenario: missing required field 'name'", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Iwo_Jima_follows_the_run_contract_with_daily_strengths()
    {
        var path = Path.Combine(CliRunner.RepositoryRoot(), "scenarios", "iwo-jima-1945");
        var result = CliRunner.Run("run", "--scenario", path, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("iwo-jima-1945", root.GetProperty("scenario").GetString());
        Assert.Equal("fell", root.GetProperty("outcome").GetString());
        // Engel's square law: the garrison reaches zero on day 36.4 (see IwoJimaEngelTests).
        Assert.InRange(root.GetProperty("durationDays").GetDouble(), 35.5, 37.5);
        var defender = root.GetProperty("casualties").GetProperty("defender");
        Assert.Equal(21_500, new[] { "killed", "wounded", "captured" }.Sum(p => defender.GetProperty(p).GetInt32()));
        var days = root.GetProperty("days");
        Assert.True(days.GetArrayLength() >= 36);
        Assert.True(days[0].GetProperty("attackerInfantry").GetInt32() > 40_000);
        Assert.True(days[0].GetProperty("defenderCombatants").GetInt32() is > 20_000 and < 21_500);
    }

    [Fact]
    public void Iwo_Jima_text_sets_the_run_beside_the_CDB90_rows_of_the_battle()
    {
        var path = Path.Combine(CliRunner.RepositoryRoot(), "scenarios", "iwo-jima-1945");
        var result = CliRunner.Run("run", "--scenario", path);
        Assert.Equal(0, result.ExitCode);
        // CDB90 isqno 518-520 (FACTS.md section 9): the three sub-phases, with their strengths and casualties.
        Assert.Contains("CDB90 518: IWO JIMA - INTO THE MAIN", result.Out);
        Assert.Contains("CDB90 520: IWO JIMA - FINAL PHASE", result.Out);
        Assert.Contains("33,915", result.Out);
        Assert.Contains("this run", result.Out);
    }

    [Fact]
    public void Trace_output_is_the_whole_run_hour_by_hour_for_the_same_seed()
    {
        var result = CliRunner.Run("run", "--seed", "3", "--format", "trace");
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("siege-trace", root.GetProperty("format").GetString());
        var run = CliRunner.Run("run", "--seed", "3", "--format", "json");
        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal(summary.RootElement.GetProperty("hash").GetString(), root.GetProperty("hash").GetString());
        Assert.Equal(root.GetProperty("endHour").GetInt32() + 1, root.GetProperty("hours").GetArrayLength());
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var result = CliRunner.Run("run", "--format", "xml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("text, json or trace", result.Error);
    }
}
