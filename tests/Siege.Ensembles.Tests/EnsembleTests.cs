using System.Text.Json;

namespace Siege.Ensembles.Tests;

public sealed class EnsembleTests
{
    private const int Runs = 30;
    private static readonly SeedRange Seeds = SeedRange.Of(1, Runs);

    private static async Task<EnsembleRunReport> Run(RunStore store, int threads, EnsembleKey? key = null, int batch = EnsembleRunner.DefaultBatchSize) =>
        await new EnsembleRunner(Hengyang.Model, store, key ?? Hengyang.Key) { BatchSize = batch }.RunAsync(Seeds, threads);

    private static string Json(RunStore store, EnsembleKey? key = null) =>
        EnsembleJson.Serialize(Aggregator.Summarize(store, Hengyang.Loaded, key ?? Hengyang.Key, Seeds), includeTiming: false);

    private static readonly Lazy<string> Uninterrupted = new(() =>
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        Run(store, threads: 1).GetAwaiter().GetResult();
        return Json(store);
    });

    [Fact]
    public async Task Two_threads_give_the_same_summary_as_one()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var report = await Run(store, threads: 2, batch: 7);
        Assert.Equal((Runs, 0, 2), (report.Executed, report.Reused, report.Threads));
        Assert.Equal(Uninterrupted.Value, Json(store));
    }

    [Fact]
    public async Task An_interrupted_ensemble_resumes_without_duplicates_to_the_same_summary()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            using var stop = new CancellationTokenSource();
            var runner = new EnsembleRunner(Hengyang.Model, store, Hengyang.Key) { BatchSize = 4 };
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                runner.RunAsync(Seeds, threads: 2, p => { if (p.Done >= 10) stop.Cancel(); }, stop.Token));
            var stored = store.Count(Hengyang.Key);
            Assert.InRange(stored, 10, Runs - 1);
        }
        using (var store = temp.Open())
        {
            var report = await Run(store, threads: 2);
            Assert.Equal(Runs, report.Reused + report.Executed);
            Assert.True(report.Reused >= 10);
            Assert.Equal(Runs, store.Count(Hengyang.Key));
            Assert.Equal(Enumerable.Range(1, Runs).Select(i => (ulong)i), store.ReadRuns(Hengyang.Key, Seeds).Select(r => r.Seed));
            Assert.Equal(Uninterrupted.Value, Json(store));
        }
    }

    [Fact]
    public async Task Deleted_runs_are_run_again_and_only_they()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        await Run(store, threads: 2);
        Assert.Equal(3, store.Delete(Hengyang.Key, [2, 17, 30]));
        var report = await Run(store, threads: 2);
        Assert.Equal((27, 3), (report.Reused, report.Executed));
        Assert.Equal(Uninterrupted.Value, Json(store));
    }

    [Fact]
    public async Task A_changed_scenario_hash_does_not_reuse_stored_runs()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        await Run(store, threads: 2);
        var edited = Hengyang.Key with { ScenarioHash = new string('0', 64) };
        Assert.Empty(store.StoredSeeds(edited, Seeds));
        Assert.Equal(0, Aggregator.Summarize(store, Hengyang.Loaded, edited, Seeds).Runs);
        var report = await Run(store, threads: 2, edited);
        Assert.Equal((0, Runs), (report.Reused, report.Executed));
        Assert.Equal(2 * Runs, store.Count(Hengyang.Key) + store.Count(edited));
        var variant = Hengyang.Key with { VariantHash = "v1" };
        Assert.Empty(store.StoredSeeds(variant, Seeds));
    }

    [Fact]
    public void The_summary_has_the_issue_s_shape_and_plausible_figures()
    {
        using var doc = JsonDocument.Parse(Uninterrupted.Value);
        var root = doc.RootElement;
        Assert.Equal(
            ["scenario", "variant", "runs", "seed", "durationDays", "pHoldRecorded", "pHoldOrdered", "offensives", "endReasons", "casualties", "positions", "record"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("hengyang-1944", root.GetProperty("scenario").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("variant").ValueKind);
        Assert.Equal(Runs, root.GetProperty("runs").GetInt32());
        // The record gives 47 and 48 days and an end on 8 August, 47 days after 22 June: the smallest is 47.
        Assert.Equal(47, root.GetProperty("record").GetProperty("durationDays").GetDouble());
        // record.yaml's holdOrder: the order of 29 May to hold two weeks (zh-wp).
        Assert.Equal(14, root.GetProperty("record").GetProperty("orderedDays").GetDouble());

        var duration = root.GetProperty("durationDays");
        var (p10, p50, p90) = (duration.GetProperty("p10").GetDouble(), duration.GetProperty("p50").GetDouble(), duration.GetProperty("p90").GetDouble());
        Assert.True(p10 <= p50 && p50 <= p90 && p90 <= 90, $"{p10} {p50} {p90}");
        Assert.Equal(1.0, root.GetProperty("pHoldOrdered").GetDouble());
        Assert.Equal(Hengyang.Loaded.Scenario.Map.Positions.Length, root.GetProperty("positions").GetArrayLength());
        foreach (var position in root.GetProperty("positions").EnumerateArray())
        {
            var pLost = position.GetProperty("pLost").GetDouble();
            Assert.InRange(pLost, 0, 1);
            Assert.Equal(pLost == 0, position.GetProperty("fallDay").ValueKind == JsonValueKind.Null);
        }
        var killed = root.GetProperty("casualties").GetProperty("defender").GetProperty("killed");
        Assert.InRange(killed.GetProperty("p50").GetInt32(), 1, 17_600);
        Assert.True(root.GetProperty("offensives").GetProperty("starts").GetArrayLength() >= 1);
        // One entry per k-th offensive that some run had, each with its percentiles in order.
        Assert.All(root.GetProperty("offensives").GetProperty("starts").EnumerateArray(), s =>
            Assert.True(s.GetProperty("p10").GetDouble() <= s.GetProperty("p50").GetDouble() && s.GetProperty("p50").GetDouble() <= s.GetProperty("p90").GetDouble()));
        // The shares of the kinds of combat in each side's losses add up to the whole.
        foreach (var side in new[] { "defender", "attacker" })
        {
            var kinds = root.GetProperty("casualties").GetProperty(side).GetProperty("byKind").EnumerateArray().ToList();
            Assert.Equal(Enum.GetValues<Siege.Engine.Results.CombatKind>().Length, kinds.Count);
            Assert.InRange(kinds.Sum(k => k.GetProperty("share").GetDouble()), 0.999, 1.001);
        }
    }

    [Fact]
    public void The_end_reasons_are_counted_as_the_runs_give_them()
    {
        var expected = Enumerable.Range(1, Runs).Select(s => Hengyang.Model.Run((ulong)s).EndReason)
            .GroupBy(r => r).OrderBy(g => g.Key).Select(g => (char.ToLowerInvariant(g.Key.ToString()[0]) + g.Key.ToString()[1..], g.Count()));
        using var doc = JsonDocument.Parse(Uninterrupted.Value);
        var reasons = doc.RootElement.GetProperty("endReasons").EnumerateArray()
            .Select(r => (r.GetProperty("reason").GetString()!, r.GetProperty("runs").GetInt32()));
        Assert.Equal(expected, reasons);
    }

    [Fact]
    public void Summary_figures_agree_with_the_runs_themselves()
    {
        // Recomputed directly from the engine for seeds 1–30, independent of the store.
        var ends = Enumerable.Range(1, Runs).Select(s => Hengyang.Model.Run((ulong)s).EndHour).Order().ToArray();
        using var doc = JsonDocument.Parse(Uninterrupted.Value);
        var duration = doc.RootElement.GetProperty("durationDays");
        // Nearest rank of 30: p10 is the 3rd, p50 the 15th, p90 the 27th value.
        Assert.Equal(Math.Round(ends[2] / 24.0, 2), duration.GetProperty("p10").GetDouble());
        Assert.Equal(Math.Round(ends[14] / 24.0, 2), duration.GetProperty("p50").GetDouble());
        Assert.Equal(Math.Round(ends[26] / 24.0, 2), duration.GetProperty("p90").GetDouble());
        Assert.Equal(Math.Round(ends.Sum() / 24.0 / Runs, 2), duration.GetProperty("mean").GetDouble());
        Assert.Equal(Math.Round(ends.Count(h => h >= 47 * 24) / (double)Runs, 4), doc.RootElement.GetProperty("pHoldRecorded").GetDouble());
    }

    [Fact]
    public void A_scenario_with_no_order_to_hold_has_no_probability_of_holding_as_ordered()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var unordered = Hengyang.Loaded with { Record = Hengyang.Loaded.Record with { HoldOrder = null } };
        var summary = Aggregator.Summarize(store, unordered, Hengyang.Key, Seeds);
        Assert.Null(summary.PHoldOrdered);
        Assert.Null(summary.Record.OrderedDays);
        using var doc = JsonDocument.Parse(EnsembleJson.Serialize(summary, includeTiming: false));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("pHoldOrdered").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("record").GetProperty("orderedDays").ValueKind);
    }

    [Fact]
    public async Task The_order_to_hold_comes_from_the_scenario()
    {
        // With the order doubled to 28 days, the share is counted against 28 × 24 hours.
        var ends = Enumerable.Range(1, Runs).Select(s => Hengyang.Model.Run((ulong)s).EndHour).ToArray();
        using var temp = new TempStore();
        using var store = temp.Open();
        await Run(store, threads: 1);
        var order = Hengyang.Loaded.Record.HoldOrder! with { Days = 28 };
        var summary = Aggregator.Summarize(store, Hengyang.Loaded with { Record = Hengyang.Loaded.Record with { HoldOrder = order } }, Hengyang.Key, Seeds);
        Assert.Equal(28, summary.Record.OrderedDays);
        Assert.Equal(Math.Round(ends.Count(h => h >= 28 * 24) / (double)Runs, 4), summary.PHoldOrdered);
    }

    [Fact]
    public void Timing_is_written_only_when_asked_for()
    {
        var summary = JsonSerializer.Deserialize<JsonElement>(Uninterrupted.Value);
        Assert.False(summary.TryGetProperty("timing", out _));
        using var temp = new TempStore();
        using var store = temp.Open();
        var withTiming = Aggregator.Summarize(store, Hengyang.Loaded, Hengyang.Key, Seeds) with
        {
            Timing = new EnsembleRunReport(30, 0, 30, 2, TimeSpan.FromSeconds(1.5)).Timing,
        };
        Assert.Contains("\"timing\"", EnsembleJson.Serialize(withTiming));
        Assert.DoesNotContain("\"timing\"", EnsembleJson.Serialize(withTiming, includeTiming: false));
    }
}
