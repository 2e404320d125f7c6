using System.Text.Json;
using System.Text.Json.Nodes;

namespace Siege.Cli.Tests.Commands;

public sealed class EnsembleCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("siege-ensemble-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Store(string name) => Path.Combine(_folder, name);

    /// <summary>The summary without its wall-clock part, which is the only thing allowed to differ between invocations.</summary>
    private static string WithoutTiming(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("timing");
        return node.ToJsonString();
    }

    [Fact]
    public void The_summary_follows_the_documented_contract()
    {
        var result = CliRunner.Run("ensemble", "--runs", "40", "--store", Store("a.db"), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        foreach (var key in new[] { "scenario", "variant", "runs", "seed", "durationDays", "pHoldRecorded", "pHoldOrdered", "offensives", "casualties", "positions", "record", "timing" })
            Assert.True(root.TryGetProperty(key, out _), $"missing '{key}'");
        Assert.Equal(40, root.GetProperty("runs").GetInt32());
        var duration = root.GetProperty("durationDays");
        Assert.True(duration.GetProperty("p10").GetDouble() <= duration.GetProperty("p50").GetDouble());
        Assert.True(duration.GetProperty("p50").GetDouble() <= duration.GetProperty("p90").GetDouble());
        // The recorded length the hold probability is measured against: 47 days [zh-wp].
        Assert.Equal(47, root.GetProperty("record").GetProperty("durationDays").GetDouble());
        // Holding the 14 days ordered is at least as likely as holding the 47 recorded, and both are probabilities.
        var ordered = root.GetProperty("pHoldOrdered").GetDouble();
        Assert.InRange(ordered, root.GetProperty("pHoldRecorded").GetDouble(), 1.0);
        Assert.InRange(root.GetProperty("pHoldRecorded").GetDouble(), 0.0, 1.0);
    }

    [Fact]
    public void One_thread_and_two_give_the_same_summary()
    {
        var one = CliRunner.Run("ensemble", "--runs", "60", "--threads", "1", "--store", Store("one.db"), "--format", "json");
        var two = CliRunner.Run("ensemble", "--runs", "60", "--threads", "2", "--store", Store("two.db"), "--format", "json");
        Assert.Equal(WithoutTiming(one.Out), WithoutTiming(two.Out));
    }

    [Fact]
    public void A_second_invocation_reuses_the_stored_runs_and_gives_the_same_summary()
    {
        var first = CliRunner.Run("ensemble", "--runs", "30", "--store", Store("r.db"), "--format", "json");
        var again = CliRunner.Run("ensemble", "--runs", "30", "--store", Store("r.db"), "--format", "json");
        Assert.Contains("30 already in the store, 0 run", again.Error);
        Assert.Equal(WithoutTiming(first.Out), WithoutTiming(again.Out));
    }

    [Theory]
    [InlineData("ensemble")]
    [InlineData("ensemble", "--runs", "0")]
    [InlineData("ensemble", "--runs", "10", "--threads", "-1")]
    public void Bad_ensemble_options_get_one_line_and_exit_code_2(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("siege: ", result.Error);
    }

    [Fact]
    public void A_file_that_is_not_a_run_store_is_reported_not_overwritten()
    {
        var path = Store("notes.txt");
        File.WriteAllText(path, "my notes, not a database\n");
        var result = CliRunner.Run("ensemble", "--runs", "5", "--store", path);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"siege: --store {path}: not a run store (the file is not an SQLite database)", result.Error);
        Assert.Equal("my notes, not a database\n", File.ReadAllText(path));
    }

    [Fact]
    public void Plot_writes_every_chart_as_png_and_svg()
    {
        var plots = Path.Combine(_folder, "plots");
        var result = CliRunner.Run("ensemble", "--runs", "30", "--store", Store("p.db"), "--plot", plots);
        Assert.Equal(0, result.ExitCode);
        foreach (var chart in new[] { "length-histogram", "strength-fan", "ammunition-fan", "position-forest" })
            foreach (var extension in new[] { ".png", ".svg" })
                Assert.True(new FileInfo(Path.Combine(plots, chart + extension)).Length > 10_000, $"{chart}{extension}");
        Assert.Contains("张家山", File.ReadAllText(Path.Combine(plots, "position-forest.svg")));
    }
}
