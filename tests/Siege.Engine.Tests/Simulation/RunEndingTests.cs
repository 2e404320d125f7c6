using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;

namespace Siege.Engine.Tests.Simulation;

/// <summary>A run says why it ended, and when each position was first assaulted.</summary>
public sealed class RunEndingTests
{
    private static Figure F(double value) => new(value, Sources: ["test"]);

    [Fact]
    public void A_city_still_held_at_the_horizon_ends_there()
    {
        // The duel has no break-ins, so its hill holds as long as a man is left: about 600 of 2,000 after two days by the
        // square law's closed form (the defender is at D0·cosh(kt) − A0·√(a/d)·sinh(kt), k = √(a·d)).
        var run = SiegeModel.Compile(TestScenarios.Duel(3000, 2000, 0.3, 0.45, days: 2)).Run(1);

        Assert.Equal((Outcome.Held, EndReason.Horizon, 2 * 24), (run.Outcome, run.EndReason, run.EndHour));
    }

    [Fact]
    public void A_relief_that_meets_no_blocking_force_breaks_through_at_once()
    {
        // Every attacker is in the assault group from the first hour, so none is left to block the relief.
        var duel = TestScenarios.Duel(3000, 2000, 0.3, 0.45, days: 3);
        var relief = new ReliefApproachEvent("relief", 5, "援军", "Relief", F(5000), "camp");

        var run = SiegeModel.Compile(duel with { Events = [relief] }).Run(1);

        Assert.Equal((Outcome.Relieved, EndReason.Relieved, 5), (run.Outcome, run.EndReason, run.EndHour));
    }

    [Theory]
    // The cease-fire thresholds of the Hengyang doctrine, with one or both switched off (0 is never crossed). With the
    // ammunition of the scenario the garrison is spent before its ammunition; with a tenth of it, the other way round.
    [InlineData(0.2, 0.0, 1.0, EndReason.StrengthSpent)]
    [InlineData(0.2, 0.4, 1.0, EndReason.StrengthSpent)]
    [InlineData(0.0, 0.4, 0.1, EndReason.FirepowerSpent)]
    [InlineData(0.2, 0.4, 0.1, EndReason.FirepowerSpent)]
    public void A_cease_fire_names_the_threshold_that_brought_it(double strength, double firepower, double ammunition, EndReason expected)
    {
        var s = TestScenarios.Hengyang;
        var scenario = s with
        {
            DefenderDoctrine = s.DefenderDoctrine with { CeaseFireStrengthFraction = F(strength), CeaseFireFirepower = F(firepower) },
            Supplies = s.Supplies with { Defender = [.. s.Supplies.Defender.Select(x => x with { Stock = F(Math.Round(x.Stock * ammunition)) })] },
        };
        var model = SiegeModel.Compile(scenario);
        var runs = Enumerable.Range(1, 10).Select(seed => model.Run((ulong)seed, RunDetail.WithoutChronicle)).ToList();

        // Hengyang falls in every one of these runs; the last line is never given up before the core is breached.
        Assert.All(runs, run => Assert.Equal((Outcome.Fell, expected), (run.Outcome, run.EndReason)));
        Assert.All(runs, run => Assert.Contains(run.Positions, p => p.HeldAtEnd == Side.Defender && TierOf(s, p.Id) >= Tier.Main));
    }

    [Fact]
    public void With_no_threshold_the_garrison_ceases_fire_only_when_it_holds_no_line()
    {
        var s = TestScenarios.Hengyang;
        var scenario = s with { DefenderDoctrine = s.DefenderDoctrine with { CeaseFireStrengthFraction = F(0), CeaseFireFirepower = F(0) } };
        var model = SiegeModel.Compile(scenario);
        var runs = Enumerable.Range(1, 60).Select(seed => model.Run((ulong)seed, RunDetail.WithoutChronicle)).ToList();

        Assert.All(runs, run => Assert.Contains(run.EndReason, new[] { EndReason.Horizon, EndReason.NoLineHeld }));
        var fallen = runs.Where(r => r.EndReason == EndReason.NoLineHeld).ToList();
        Assert.NotEmpty(fallen);
        Assert.All(fallen, run => Assert.DoesNotContain(run.Positions, p => p.HeldAtEnd == Side.Defender && TierOf(s, p.Id) >= Tier.Main));
    }

    [Fact]
    public void A_position_is_assaulted_before_it_is_lost_and_some_assaulted_positions_hold()
    {
        var model = SiegeModel.Compile(TestScenarios.Hengyang);
        var positions = Enumerable.Range(1, 10).SelectMany(seed => model.Run((ulong)seed, RunDetail.WithoutChronicle).Positions).ToList();

        Assert.All(positions.Where(p => p.FirstLostHour is not null), p => Assert.True(p.FirstAssaultedHour <= p.FirstLostHour, p.Id));
        Assert.Contains(positions, p => p.FirstAssaultedHour is not null && p.FirstLostHour is null);
    }

    private static Tier TierOf(Scenario scenario, string id) => scenario.Map.Positions.Single(p => p.Id == id).Tier;
}
