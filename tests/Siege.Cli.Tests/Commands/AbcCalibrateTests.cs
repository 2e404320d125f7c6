using System.Text.Json;

namespace Siege.Cli.Tests.Commands;

public sealed class AbcCalibrateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("siege-abc-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A tiny calibration: 40 particles, 1 run each, 2 generations, 3 figures (a rate, a ratio, an arrival in hours).
    private static string[] Tiny(string store, int generations = 2) =>
    [
        "calibrate", "--method", "abc", "--particles", "40", "--runs-per-particle", "1", "--generations", generations.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--parameter", "combat.attackerKillRate", "--parameter", "doctrine.attacker.offensiveForceRatio",
        "--parameter", "forces.attacker.units[id=jp-68th-div].units[id=jp-68-57th-bde].arrives",
        "--threads", "2", "--store", store, "--format", "json",
    ];

    [Fact]
    public void The_json_has_issue_12s_shape_and_every_posterior_quantile_lies_in_its_prior_range()
    {
        var result = CliRunner.Run(Tiny(Path.Combine(_folder, "runs.db")));
        Assert.True(result.ExitCode == 0, result.Error);
        var root = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(["method", "particles", "generations", "parameters", "predictive"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("abc", root.GetProperty("method").GetString());
        Assert.Equal(40, root.GetProperty("particles").GetInt32());
        var generations = root.GetProperty("generations").EnumerateArray().ToList();
        Assert.Equal(2, generations.Count);
        Assert.Equal(JsonValueKind.Null, generations[0].GetProperty("epsilon").ValueKind);
        Assert.All(generations, g => Assert.Equal(["epsilon", "acceptance", "ess", "runs"], g.EnumerateObject().Select(p => p.Name)));
        var parameters = root.GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(3, parameters.Count);
        foreach (var p in parameters)
        {
            var (low, high) = (p.GetProperty("prior").GetProperty("low").GetDouble(), p.GetProperty("prior").GetProperty("high").GetDouble());
            var posterior = p.GetProperty("posterior");
            var q = new[] { "p05", "p50", "p95" }.Select(k => posterior.GetProperty(k).GetDouble()).ToArray();
            Assert.All(q, x => Assert.InRange(x, low, high));
            Assert.True(q[0] <= q[1] && q[1] <= q[2], p.GetProperty("path").GetString());
        }
        var predictive = root.GetProperty("predictive").EnumerateArray().ToList();
        Assert.All(predictive, c => Assert.Equal(["item", "used", "recorded", "p10", "p50", "p90", "covered80"], c.EnumerateObject().Select(p => p.Name)));
        Assert.Contains(predictive, c => c.GetProperty("item").GetString() == "held-zhangjiashan" && c.GetProperty("used").GetBoolean());
        Assert.Contains(predictive, c => c.GetProperty("item").GetString() == "cas-attacker-pla-daily" && !c.GetProperty("used").GetBoolean());
        Assert.Contains("calibrate: generation 1: tolerance", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stopped_after_a_generation_and_run_again_it_resumes_to_the_json_of_a_calibration_never_stopped()
    {
        // A calibration killed during its second generation has only the first in the store; one asked for a single
        // generation leaves the store the same way. Run again with two, it resumes from there.
        var whole = CliRunner.Run(Tiny(Path.Combine(_folder, "whole.db")));
        var resumedStore = Path.Combine(_folder, "resumed.db");
        Assert.Equal(0, CliRunner.Run(Tiny(resumedStore, generations: 1)).ExitCode);
        var resumed = CliRunner.Run(Tiny(resumedStore));
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains("resumed from generation 0", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(whole.Out, resumed.Out);
    }

    [Fact]
    public void With_a_cutoff_it_fits_only_the_items_dated_on_or_before_it_and_scores_the_later_ones_against_the_prior()
    {
        var result = CliRunner.Run([.. Tiny(Path.Combine(_folder, "cutoff.db")), "--cutoff", "1944-07-20"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var root = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(["method", "particles", "generations", "parameters", "predictive", "outOfSample"], root.EnumerateObject().Select(p => p.Name));
        var record = Siege.Scenarios.Loading.ScenarioLoader.LoadEmbedded().Scenario!.Record;
        var cutoff = new DateTime(1944, 7, 20);
        DateTime? DateOf(string id) => Siege.Calibration.Abc.RecordCutoff.DateOf(record.Items.Single(i => i.Id == id), record);
        var predictive = root.GetProperty("predictive").EnumerateArray().ToList();
        var used = predictive.Where(c => c.GetProperty("used").GetBoolean()).Select(c => c.GetProperty("item").GetString()!).ToList();
        Assert.Contains("core-held-offensive-2", used);
        Assert.All(used, id => Assert.True(DateOf(id) <= cutoff, $"{id} is used but dated {DateOf(id)}"));

        var test = root.GetProperty("outOfSample");
        Assert.Equal(["cutoff", "items", "coverage80", "crps", "crpsPrior"], test.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1944-07-20", test.GetProperty("cutoff").GetString());
        var items = test.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal(["item", "recorded", "p10", "p50", "p90", "covered80", "crps", "crpsPrior"], i.EnumerateObject().Select(p => p.Name)));
        var predicted = items.Select(i => i.GetProperty("item").GetString()!).ToList();
        Assert.Equal(["duration", "offensive-3", "core-broken", "cas-defender-killed"], predicted);
        Assert.All(predicted, id => Assert.False(DateOf(id) <= cutoff, $"{id} is predicted but dated {DateOf(id)}"));
        Assert.DoesNotContain(predicted, used.Contains);
        // Each item's percentiles are the predictive check's; the scores are non-negative, the means are over the items.
        foreach (var i in items)
        {
            var check = predictive.Single(c => c.GetProperty("item").GetString() == i.GetProperty("item").GetString());
            Assert.All(new[] { "recorded", "p10", "p50", "p90" }, k => Assert.Equal(check.GetProperty(k).GetDouble(), i.GetProperty(k).GetDouble()));
            Assert.True(i.GetProperty("crps").GetDouble() >= 0 && i.GetProperty("crpsPrior").GetDouble() >= 0);
        }
        Assert.Equal(items.Count(i => i.GetProperty("covered80").GetBoolean()) / (double)items.Count, test.GetProperty("coverage80").GetDouble(), 12);
        Assert.Equal(items.Average(i => i.GetProperty("crps").GetDouble()), test.GetProperty("crps").GetDouble(), 12);
        Assert.Equal(items.Average(i => i.GetProperty("crpsPrior").GetDouble()), test.GetProperty("crpsPrior").GetDouble(), 12);
        Assert.Contains("calibrate: prior predictive (40 draws from the prior x 1 run)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bound_after_the_cutoff_counts_in_the_coverage_but_has_no_crps_and_the_means_are_over_the_items_scored()
    {
        // Cut on 10 July: the positions held on 15 July and the core held through the 19th become out-of-sample bounds.
        var result = CliRunner.Run([.. Tiny(Path.Combine(_folder, "bounds.db"), generations: 1), "--cutoff", "1944-07-10"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var test = JsonDocument.Parse(result.Out).RootElement.GetProperty("outOfSample");
        var items = test.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("item").GetString()!);
        string[] bounds = ["held-xichansi", "held-zhangfeishan", "lost-by-zhangjiashan", "core-held-offensive-2"];
        Assert.All(bounds, id => Assert.Equal(
            (JsonValueKind.Null, JsonValueKind.Null), (items[id].GetProperty("crps").ValueKind, items[id].GetProperty("crpsPrior").ValueKind)));
        var scored = items.Values.Where(i => i.GetProperty("crps").ValueKind == JsonValueKind.Number).ToList();
        Assert.Equal(items.Count - bounds.Length, scored.Count);
        Assert.Equal(scored.Average(i => i.GetProperty("crps").GetDouble()), test.GetProperty("crps").GetDouble(), 12);
        Assert.Equal(scored.Average(i => i.GetProperty("crpsPrior").GetDouble()), test.GetProperty("crpsPrior").GetDouble(), 12);
        Assert.Equal(items.Values.Count(i => i.GetProperty("covered80").GetBoolean()) / (double)items.Count, test.GetProperty("coverage80").GetDouble(), 12);
    }

    [Fact]
    public void With_a_cutoff_the_text_ends_with_the_out_of_sample_table_and_scores()
    {
        var args = Tiny(Path.Combine(_folder, "text.db"), generations: 1);
        var result = CliRunner.Run([.. args.Take(args.Length - 2), "--cutoff", "1944-07-20"]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Out of sample: fitted to the record items dated on or before 1944-07-20", result.Out, StringComparison.Ordinal);
        Assert.Contains("│ offensive-3 ", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"Covered by the 80% intervals: \d of 4 \(\d+ %\)\. Mean CRPS: [0-9.]+ fitted, [0-9.]+ from the prior: fitting on the record before the cutoff [a-z ]+ not fitting \(better on \d of 4 items\)\.", result.Out);
    }

    [Fact]
    public void Bad_input_is_one_line_and_exit_code_2()
    {
        foreach (var args in new[]
        {
            new[] { "calibrate", "--method", "bayes" },
            ["calibrate", "--method", "abc", "--parameter", "combat.noSuchRate", "--store", Path.Combine(_folder, "a.db")],
            ["calibrate", "--method", "abc", "--variant", "relief-early"],
            ["calibrate", "--parameter", "combat.attackerKillRate"],
            ["calibrate", "--method", "abc", "--observe", "siege-end", "--store", Path.Combine(_folder, "b.db")],
            ["calibrate", "--method", "abc", "--cutoff", "20 July 1944", "--store", Path.Combine(_folder, "c.db")],
            ["calibrate", "--method", "abc", "--cutoff", "1944-02-30", "--store", Path.Combine(_folder, "c.db")],
            ["calibrate", "--cutoff", "1944-07-20"],
            ["calibrate", "--method", "grid", "--cutoff", "1944-07-20"],
            ["calibrate", "--method", "abc", "--cutoff", "1944-06-01", "--store", Path.Combine(_folder, "c.db")],
            ["calibrate", "--method", "abc", "--cutoff", "1944-12-31", "--store", Path.Combine(_folder, "c.db")],
        })
        {
            var result = CliRunner.Run(args);
            Assert.Equal(2, result.ExitCode);
            Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
        }
    }
}
