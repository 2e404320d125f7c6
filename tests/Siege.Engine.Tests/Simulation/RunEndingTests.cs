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
        // The duel has no break-ins and no cease-fire: by the square law about 600 of the 2,000 still hold the hill
        // after two days (D0·cosh(kt) − A0·√(a/d)·sinh(kt), k = √(0.3·0.45), t = 2).
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

    [Fact]
    public void With_no_cease_fire_strength_the_garrison_ceases_fire_only_when_it_holds_no_line()
    {
        var s = TestScenarios.Hengyang;
        // No wounded return to duty, so that the garrison wears down and some runs lose every line before the horizon.
        var scenario = s with
        {
            DefenderDoctrine = s.DefenderDoctrine with { CeaseFireStrengthFraction = F(0), CeaseFireFirepower = F(0), ReturnToDutyPerDay = F(0) },
        };
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
