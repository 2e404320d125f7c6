using System.Text.Json;
using Siege.Engine.Domain;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;

namespace Siege.Trace.Tests;

public sealed class TraceBuilderTests
{
    private static readonly LoadedScenario Loaded = ScenarioLoader.LoadEmbedded().Scenario!;
    private static readonly Scenario Hengyang = Loaded.Scenario;
    private static readonly SiegeModel Model = SiegeModel.Compile(Hengyang);
    private static readonly RunProvenance Baseline = new(Loaded.ContentHash, Variant: null);
    private static readonly RunTrace Seed1 = TraceBuilder.Build(Model, 1, Baseline);

    // Hengyang with the attacker's kill rate doubled, so that seed 1 ends in the fall of the city and its cease-fire.
    private static readonly SiegeModel Falling = SiegeModel.Compile(Hengyang with
    {
        Combat = Hengyang.Combat with { AttackerKillRate = Hengyang.Combat.AttackerKillRate with { Value = 2 * Hengyang.Combat.AttackerKillRate } },
    });

    [Fact]
    public void Tracing_a_run_does_not_change_it()
    {
        foreach (var seed in new ulong[] { 1, 2, 77 })
            Assert.Equal(Model.Run(seed).HashHex, TraceBuilder.Build(Model, seed, Baseline).Hash);
    }

    [Fact]
    public void There_is_one_frame_for_every_hour_from_the_start_to_the_end()
    {
        Assert.Equal(Enumerable.Range(0, Seed1.EndHour + 1), Seed1.Hours.Select(h => h.Hour));
        Assert.Equal("1944-06-22T00:00", Seed1.Hours[0].Time);
        Assert.All(Seed1.Hours, h => Assert.Equal(Seed1.Map.Positions.Length, h.Holders.Length));
        Assert.All(Seed1.Hours, h => Assert.Equal(Seed1.Map.Positions.Length, h.Garrisons.Length));
    }

    [Fact]
    public void The_last_frame_carries_the_runs_final_figures()
    {
        var run = Falling.Run(1);
        var trace = TraceBuilder.Build(Falling, 1, Baseline);
        var last = trace.Hours[^1];
        Assert.Equal(run.Defender.Casualties.Killed, last.Defender.Killed);
        Assert.Equal(run.Defender.Casualties.Captured, last.Defender.Captured);
        Assert.Equal(run.Attacker.Casualties.Wounded, last.Attacker.Wounded);
        Assert.Equal(run.Days[^1].DefenderCombatants, last.Defender.Combatants);
        Assert.Equal("fell", trace.Outcome);
        Assert.Contains(last.Events, e => e.Kind == "ceaseFire");
    }

    [Fact]
    public void A_position_changes_hands_exactly_in_the_hours_that_say_it_was_lost_or_retaken()
    {
        var ids = Seed1.Map.Positions.Select(p => p.Id).ToList();
        var previous = new string(Seed1.Map.Positions.Select(p => p.HeldBy == "defender" ? 'D' : 'A').ToArray());
        foreach (var hour in Seed1.Hours)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var said = hour.Events.Where(e => e.Subject == ids[i]).Select(e => e.Kind).ToList();
                if (previous[i] == 'D' && hour.Holders[i] == 'A') Assert.Contains("positionLost", said);
                if (previous[i] == 'A' && hour.Holders[i] == 'D') Assert.Contains("positionRetaken", said);
                if (previous[i] == hour.Holders[i]) Assert.DoesNotContain("positionLost", said);
            }
            previous = hour.Holders;
        }
    }

    [Fact]
    public void Every_event_is_told_in_both_languages_with_the_names_of_its_language()
    {
        var events = Seed1.Hours.SelectMany(h => h.Events).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.False(string.IsNullOrWhiteSpace(e.TextZh) || string.IsNullOrWhiteSpace(e.TextEn)));
        var lost = events.First(e => e.Kind == "positionLost");
        var position = Hengyang.Map.Positions.Single(p => p.Id == lost.Subject);
        Assert.Contains(position.Name, lost.TextZh);
        Assert.Contains(position.NameEn, lost.TextEn);
        Assert.DoesNotContain(position.Name, lost.TextEn);
        Assert.Equal(Model.Run(1).Chronicle.Count(c => c.Kind == Siege.Engine.Results.ChronicleKind.OffensiveBegins), events.Count(e => e.Kind == "offensiveBegins"));
        // No sentence leaks an id of the scenario file (such as gas-aug7) in place of a name.
        var eventIds = Hengyang.Events.Select(e => e.Id).ToList();
        Assert.All(events, e => Assert.DoesNotContain(eventIds, id => e.TextZh.Contains(id, StringComparison.Ordinal) || e.TextEn.Contains(id, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_json_has_the_documented_top_level_fields()
    {
        using var json = JsonDocument.Parse(TraceJson.Serialize(Seed1));
        var root = json.RootElement;
        foreach (var field in new[] { "format", "version", "scenario", "scenarioHash", "variant", "sides", "seed", "hash", "outcome", "endReason", "endHour", "durationDays", "map", "supplies", "offensives", "hours" })
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        Assert.Equal("siege-trace", root.GetProperty("format").GetString());
        // The Xiang, the Zheng and the Lei (map.yaml).
        Assert.Equal(["xiang", "zheng", "lei"], root.GetProperty("map").GetProperty("rivers").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(RunTrace.FormatVersion, root.GetProperty("version").GetInt32());
        // Why the run ended, in the words of the run store and the ensemble JSON.
        var reason = Model.Run(1).EndReason.ToString();
        Assert.Equal(char.ToLowerInvariant(reason[0]) + reason[1..], root.GetProperty("endReason").GetString());
        var hour = root.GetProperty("hours")[100];
        foreach (var field in new[] { "hour", "time", "holders", "garrisons", "attackers", "defender", "attacker", "offensive", "events" })
            Assert.True(hour.TryGetProperty(field, out _), $"missing hours[].{field}");
    }

    [Fact]
    public void Each_position_carries_its_role_in_both_languages_side_by_side()
    {
        var hq = Seed1.Map.Positions.Single(p => p.Id == "zhongyang-yinhang");
        Assert.Equal("10th Army HQ (basement vault)", hq.Role);
        Assert.Equal("第十军军部（地下金库）", hq.RoleZh);

        using var json = JsonDocument.Parse(TraceJson.Serialize(Seed1));
        var position = json.RootElement.GetProperty("map").GetProperty("positions")[0];
        var fields = position.EnumerateObject().Select(f => f.Name).ToList();
        Assert.Equal(fields.IndexOf("role") + 1, fields.IndexOf("roleZh"));
        Assert.Equal(hq.RoleZh, position.GetProperty("roleZh").GetString());
    }
}
