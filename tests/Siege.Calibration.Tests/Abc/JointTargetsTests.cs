using System.Collections.Immutable;
using Siege.Calibration.Abc;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;

namespace Siege.Calibration.Tests.Abc;

public sealed class JointTargetsTests
{
    private static readonly LoadedScenario Hengyang = ScenarioLoader.LoadEmbedded().Scenario!;
    private static readonly Scenario Scenario = Hengyang.Scenario;

    // Hengyang starts on 22 June 1944 at midnight; its horizon is 90 days.
    private static readonly DateTime Start = new(1944, 6, 22);

    /// <summary>A real run of seed 1 with the positions' outcomes replaced by hand.</summary>
    private static RunResult RunWith(params PositionOutcome[] positions) =>
        SiegeModel.Compile(Scenario).Run(1, RunDetail.WithoutChronicle) with { Positions = [.. positions] };

    private static HistoricalRecord Record(params RecordItem[] items) => new([.. items]);

    [Fact]
    public void A_held_position_is_a_lower_bound_that_a_run_which_never_lost_it_meets()
    {
        // Held on 2 Jul, the 11th day: at least 11 days (the end of that day) before it is first lost.
        var held = new PositionHeldItem("held", ["zh-wp"], null, null, "zhangjiashan", new DateTime(1944, 7, 2));
        var target = Assert.Single(JointTargets.From(Record(held), Scenario));
        Assert.Equal((Censoring.AtLeast, 11.0), (target.Censoring, target.Value));
        var never = target.Measure(RunWith(new PositionOutcome("zhangjiashan", null, null, 0, Side.Defender, 100)));
        Assert.Equal(Scenario.HorizonHours / 24.0, never);
        Assert.Equal(0, new AbcTarget("held", 0, target.Value, target.Censoring).Residual(never));
        // Lost on day 5 at 06:00 and retaken: the first loss is what counts, 6.25 days short of the bound.
        var early = target.Measure(RunWith(new PositionOutcome("zhangjiashan", null, 4 * 24 + 6, 2, Side.Defender, 90)));
        Assert.Equal(4.25, early);
        Assert.Equal(6.75, new AbcTarget("held", 0, target.Value, target.Censoring).Residual(early));
    }

    [Fact]
    public void A_lost_positions_measure_is_the_day_it_was_first_lost_against_the_middle_of_the_window()
    {
        // Lost 27 Jun - 2 Jul: days 5 to 10 from the start, whole, so the middle is day 8 (midnight 29/30 Jun).
        var lost = new PositionLostItem("lost", ["zh-wp"], null, null, "tingbingshan", new DateTime(1944, 6, 27), new DateTime(1944, 7, 2));
        var target = Assert.Single(JointTargets.From(Record(lost), Scenario));
        Assert.Equal((Censoring.None, 8.0, false), (target.Censoring, target.Value, target.Log));
        Assert.Equal(7.5, target.Measure(RunWith(new PositionOutcome("tingbingshan", 200, 180, 3, Side.Attacker, 150))));
        // Never lost: the horizon's day, far from the window, never NaN.
        Assert.Equal(90.0, target.Measure(RunWith(new PositionOutcome("tingbingshan", null, null, 0, Side.Defender, null))));
    }

    [Fact]
    public void Lost_by_a_date_is_an_upper_bound_and_a_set_holds_until_its_first_member_falls()
    {
        var lostBy = new PositionLostByItem("by", ["zh-wp"], null, null, "zhangjiashan", new DateTime(1944, 7, 15));
        var target = Assert.Single(JointTargets.From(Record(lostBy), Scenario));
        Assert.Equal((Censoring.AtMost, 24.0), (target.Censoring, target.Value));

        var core = Fidelity.Members(Scenario, new TargetSet([Tier.Core], [])).Select(p => p.Id).ToList();
        var held = new PositionsHeldItem("core", ["zh-wp"], null, null, new TargetSet([Tier.Core], []), new DateTime(1944, 7, 19));
        var setTarget = Assert.Single(JointTargets.From(Record(held), Scenario));
        Assert.Equal((Censoring.AtLeast, 28.0), (setTarget.Censoring, setTarget.Value));
        var run = RunWith([.. core.Select((id, i) => new PositionOutcome(id, null, i == 1 ? 600 : null, 1, Side.Defender, null))]);
        Assert.Equal(25.0, setTarget.Measure(run));
    }

    [Fact]
    public void An_offensive_that_never_opens_is_the_horizons_day_and_casualties_are_logarithms()
    {
        var targets = JointTargets.From(Hengyang.Record, Scenario);
        var third = Assert.Single(targets, t => t.ItemId == "offensive-3");
        var run = SiegeModel.Compile(Scenario).Run(1, RunDetail.WithoutChronicle);
        Assert.Equal(90.0, third.Measure(run with { Offensives = [] }));
        var killed = Assert.Single(targets, t => t.ItemId == "cas-defender-killed");
        Assert.True(killed.Log);
        Assert.Equal(5600, killed.Recorded, 6);
        Assert.All(targets, t => Assert.False(double.IsNaN(t.Measure(run)), t.ItemId));
    }

    [Fact]
    public void Every_item_of_Hengyangs_record_is_a_target_or_left_out_with_a_reason()
    {
        var targets = JointTargets.From(Hengyang.Record, Scenario).Select(t => t.ItemId).ToHashSet();
        var unmeasured = JointTargets.Unmeasured(Hengyang.Record, Scenario);
        Assert.Equal(Hengyang.Record.Items.Length, targets.Count + unmeasured.Count);
        // The 8 losses, 4 held, 1 lost-by, 2 sets, 3 first assaults, 3 offensives, the length and 3 casualty figures.
        Assert.Equal(25, targets.Count);
        Assert.Contains(unmeasured, u => u.ItemId == "siege-end");
    }
}
