using System.Text.Json;
using Siege.Engine.Results;

namespace Siege.Ensembles.Tests;

/// <summary>
/// Every way a run ends and every kind of combat survives the run store and reaches the ensemble summary under an id
/// of its own: a member added to <see cref="EndReason"/> or <see cref="CombatKind"/> that the store or the summary
/// forgets fails here instead of stopping an ensemble with an internal error.
/// </summary>
public sealed class EveryEndAndKindTests
{
    private static readonly EndReason[] Reasons = Enum.GetValues<EndReason>();
    private static readonly CombatKind[] Kinds = Enum.GetValues<CombatKind>();
    private static readonly IReadOnlyList<RunResult> Runs = EveryKind.RunsOfEveryEnd(Hengyang.Model.Run(1));

    [Fact]
    public void Every_end_reason_and_kind_of_combat_is_read_back_as_it_was_stored()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        Assert.Equal(Runs.Count, store.Write(Hengyang.Key, [.. Runs.Select(StoredRun.From)]));
        var seeds = SeedRange.Of(1, Runs.Count);

        var rows = store.ReadRuns(Hengyang.Key, seeds).OrderBy(r => r.Seed).ToList();
        Assert.Equal(Runs.Select(r => (EndReason?)r.EndReason), rows.Select(r => r.EndReason));
        Assert.Equal(Runs.Select(r => r.Outcome), rows.Select(r => r.Outcome));

        foreach (var kinds in store.ReadCasualtiesByKind(Hengyang.Key, seeds))
        {
            var run = Runs.Single(r => r.Seed == kinds.Seed);
            Assert.Equal(run.Defender.ByKind.ToArray(), kinds.Defender.ToArray());
            Assert.Equal(run.Attacker.ByKind.ToArray(), kinds.Attacker.ToArray());
        }
    }

    [Fact]
    public void The_summary_counts_every_end_reason_and_kind_of_combat_under_an_id_of_its_own()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        store.Write(Hengyang.Key, [.. Runs.Select(StoredRun.From)]);
        var summary = Aggregator.Summarize(store, Hengyang.Loaded, Hengyang.Key, SeedRange.Of(1, Runs.Count));

        // One run ended in each way: each reason once, in the enum's order, none of them "unknown".
        Assert.Equal(Reasons.Length, summary.EndReasons.Length);
        Assert.All(summary.EndReasons, r => Assert.Equal(1, r.Runs));
        Assert.Equal(Reasons.Length, summary.EndReasons.Select(r => r.Reason).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(summary.EndReasons, r => string.IsNullOrWhiteSpace(r.Reason) || r.Reason == "unknown");

        // Every run lost the same men by kind, so each kind's mean is its count: with n the kind's ordinal times the
        // side's scale (LossesOfEveryKind: 1 for the defender, 2 for the attacker), 10n killed outright, 24n ever wounded
        // (20n still out, n died of wounds, 2n returned to duty, n captured wounded) and 3n captured unwounded.
        foreach (var (stats, scale) in new[] { (summary.Casualties.Defender, 1), (summary.Casualties.Attacker, 2) })
        {
            Assert.Equal(Kinds.Length, stats.ByKind.Length);
            Assert.Equal(Kinds.Length, stats.ByKind.Select(k => k.Kind).Distinct(StringComparer.Ordinal).Count());
            for (var k = 0; k < Kinds.Length; k++)
            {
                var n = (k + 1) * scale;
                Assert.Equal((10.0 * n, 24.0 * n, 3.0 * n), (stats.ByKind[k].KilledInAction, stats.ByKind[k].Wounded, stats.ByKind[k].CapturedUnwounded));
                Assert.True(stats.ByKind[k].Share > 0, $"{Kinds[k]} has no share");
            }
        }

        // The JSON carries the same ids.
        using var json = JsonDocument.Parse(EnsembleJson.Serialize(summary, includeTiming: false));
        Assert.Equal(summary.EndReasons.Select(r => r.Reason), json.RootElement.GetProperty("endReasons").EnumerateArray().Select(r => r.GetProperty("reason").GetString()));
        Assert.Equal(summary.Casualties.Attacker.ByKind.Select(k => k.Kind),
            json.RootElement.GetProperty("casualties").GetProperty("attacker").GetProperty("byKind").EnumerateArray().Select(k => k.GetProperty("kind").GetString()));
    }
}
