namespace Siege.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("siege-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string In(string name) => Path.Combine(_folder, name);

    [Fact]
    public void Runs_the_ensemble_and_the_what_if_and_writes_one_html_file()
    {
        var result = CliRunner.Run("report", "--runs", "30", "--variant", "no-gas", "--store", In("r.db"), "--out", In("report.html"));
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Out);
        Assert.Contains("report: ", result.Error, StringComparison.Ordinal);
        var html = File.ReadAllText(In("report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("30 runs (seeds 1–30)", html, StringComparison.Ordinal);
        Assert.Contains("id=\"whatif-no-gas\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_runs_it_reports_on_what_the_store_holds()
    {
        Assert.Equal(0, CliRunner.Run("ensemble", "--runs", "20", "--seed", "5", "--store", In("s.db"), "--format", "json").ExitCode);
        var result = CliRunner.Run("report", "--store", In("s.db"), "--out", In("stored.html"));
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("20 runs (seeds 5–24)", File.ReadAllText(In("stored.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--runs", "10")]
    [InlineData("--runs", "0", "--out", "x.html")]
    [InlineData("--runs", "10", "--threads", "-1", "--out", "x.html")]
    [InlineData("--runs", "10", "--variant", "no-such-variant", "--out", "x.html")]
    public void Bad_input_ends_with_one_line_and_exit_code_2(params string[] args)
    {
        var result = CliRunner.Run(["report", .. args, "--store", In("bad.db")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith("siege: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_that_does_not_exist_is_bad_input_and_is_not_created()
    {
        var result = CliRunner.Run("report", "--store", In("missing.db"), "--out", In("x.html"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--runs", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(In("missing.db")));
    }

    [Fact]
    public void A_store_without_runs_of_the_scenario_is_bad_input()
    {
        Assert.Equal(0, CliRunner.Run("ensemble", "--runs", "5", "--variant", "no-gas", "--store", In("v.db"), "--format", "json").ExitCode);
        var result = CliRunner.Run("report", "--store", In("v.db"), "--out", In("x.html"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no runs", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(In("x.html")));
    }
}
