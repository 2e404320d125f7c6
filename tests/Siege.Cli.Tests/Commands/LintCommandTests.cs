namespace Siege.Cli.Tests.Commands;

public sealed class LintCommandTests
{
    [Fact]
    public void The_embedded_scenario_is_clean()
    {
        var result = CliRunner.Run("lint");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("ok: scenarios/hengyang-1944/scenario.yaml: 69 positions", result.Out);
        Assert.DoesNotContain("warning:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_are_printed_with_their_place_and_leave_the_exit_code_at_0()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "lint-english-only.yaml");
        File.WriteAllText(path, "variantVersion: 1\nid: english-only\nname: 英\nnameEn: English only\ndescription: x\ndescriptionEn: x\n" +
            "rationale: Why, in English.\nsource: [zh-wp]\nchanges: []\n");
        var result = CliRunner.Run("lint", "--variant", path);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{path}:7:12: warning: variant.rationale: English text without its Chinese companion 'rationaleZh'", lines[0]);
        Assert.StartsWith("ok: variant english-only", lines[^1]);
        Assert.Equal("", result.Error);
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
