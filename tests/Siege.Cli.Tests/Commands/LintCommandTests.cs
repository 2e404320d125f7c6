namespace Siege.Cli.Tests.Commands;

public sealed class LintCommandTests
{
    [Fact]
    public void The_embedded_scenario_is_clean()
    {
        var result = CliRunner.Run("lint");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("ok: scenarios/hengyang-1944/scenario.yaml: 63 positions", result.Out);
    }

    [Fact]
    public void Problems_are_printed_one_per_line_with_exit_code_2()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "lint-broken.yaml");
        File.WriteAllText(path, "schemaVersion: one\nhorizonDays: 5\ncolour: red\n");
        var result = CliRunner.Run("lint", path);

        Assert.Equal(2, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"{path}:1:16: scenario.schemaVersion: expected a whole number, got 'one'", lines);
        Assert.Contains($"{path}:3:1: scenario: unknown key 'colour'", lines);
        Assert.True(lines.Length >= 5, "every missing section is reported too");
        Assert.Matches(@"^siege: \d+ problem\(s\) found", result.Error);
    }
}
