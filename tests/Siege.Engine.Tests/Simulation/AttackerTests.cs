using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;

namespace Siege.Engine.Tests.Simulation;

/// <summary>
/// The attacker's formations, readiness, axes, offensives and shell flow (SiegeRun.Attacker), on small fixtures whose
/// expected numbers follow from the parameters given here.
/// </summary>
public sealed class AttackerTests
{
    private static Figure F(double value) => new(value, Sources: ["test"]);

    private static ForceUnit Formation(string id, int men, UnitKind kind, string arrivesAt) =>
        new(id, id, id, Echelon.Regiment, kind, [], F(men), 1.0, 0, arrivesAt, AttackerRole.Assault, null, [], [], []);

    private sealed class Frames : IRunObserver
    {
        public List<HourFrame> All { get; } = [];
        public void OnHour(HourFrame frame) => All.Add(frame);
    }

    [Fact]
    public void Arriving_infantry_counts_for_nothing_until_preparationHours_have_passed()
    {
        var duel = TestScenarios.Duel(attackers: 2000, defenders: 1000, attackerKillRate: 0.3, defenderKillRate: 0.45, days: 2);
        var scenario = duel with { AttackerDoctrine = duel.AttackerDoctrine with { PreparationHours = F(10) } };
        var frames = new Frames();

        var run = SiegeModel.Compile(scenario).Run(1, frames);

        // Arrived at hour 0, ready at hour 10: no man in the force ratio before, no assault before, the first at 10.
        Assert.All(frames.All.Where(f => f.Hour < 10), f => Assert.Equal(0, f.AttackerInfantry));
        Assert.Equal(10, run.Positions.Single(p => p.Id == "hill").FirstAssaultedHour);
        Assert.Equal(0, frames.All.Single(f => f.Hour == 9).DefenderCasualties.Total);
    }

    [Theory]
    [InlineData(UnitKind.Artillery)]
    [InlineData(UnitKind.Engineers)]
    [InlineData(UnitKind.Service)]
    public void Men_who_are_not_infantry_never_assault_and_never_count_in_the_force_ratio(UnitKind kind)
    {
        var duel = TestScenarios.Duel(attackers: 0, defenders: 1000, attackerKillRate: 0.3, defenderKillRate: 0.45, days: 2);
        var attacker = duel.Forces.Attacker with
        {
            Strength = null,
            Units = [Formation("riflemen", 600, UnitKind.Infantry, "camp"), Formation("others", 5000, kind, "camp")],
        };
        var frames = new Frames();

        var run = SiegeModel.Compile(duel with { Forces = duel.Forces with { Attacker = attacker } }).Run(1, frames);

        // 600 riflemen are the assault infantry at hour 0 (those left and those lost in its fight); the 5,000 others
        // are present but never counted or sent.
        Assert.Equal(600, frames.All[0].AttackerInfantry + frames.All[0].AttackerCasualties.Total);
        Assert.All(frames.All, f => Assert.True(f.AttackerInfantry <= 600));
        var others = run.AttackerFormations.Single(f => f.UnitId == "others");
        Assert.Equal((5000, 0, 5000), (others.Arrived, others.Losses, others.Present));
        Assert.True(run.AttackerFormations.Single(f => f.UnitId == "riflemen").Losses > 0);
    }

    /// <summary>A camp and two equally held hills at 1 km and 3 km from it; one formation sends one group.</summary>
    private static Scenario TwoHills(double nearX, double farY, int nearGarrison, int farGarrison, double axisScaleKm, double opportunityMen)
    {
        var duel = TestScenarios.Duel(attackers: 1000, defenders: nearGarrison + farGarrison, attackerKillRate: 0, defenderKillRate: 0, days: 1);
        var total = (double)(nearGarrison + farGarrison);
        return duel with
        {
            Forces = duel.Forces with
            {
                Defender = duel.Forces.Defender with { Deployment = [new DeploymentShare("near", nearGarrison / total), new DeploymentShare("far", farGarrison / total)] },
                Attacker = duel.Forces.Attacker with { ArrivesAt = "camp" },
            },
            Map = new SiegeMap(null,
                [
                    new Position("camp", "营", "Camp", 0, 0, Tier.Staging, Side.Attacker, Fortification.None, Terrain.Open),
                    new Position("near", "近", "Near", nearX, 0, Tier.Core, Side.Defender, Fortification.None, Terrain.Open),
                    new Position("far", "远", "Far", 0, farY, Tier.Core, Side.Defender, Fortification.None, Terrain.Open),
                ],
                [new Approach("camp", "near"), new Approach("camp", "far")],
                []),
            AttackerDoctrine = duel.AttackerDoctrine with { AxisScaleKm = F(axisScaleKm), OpportunityMen = F(opportunityMen) },
        };
    }

    /// <summary>The share of <paramref name="seeds"/> runs whose one group went against "near" first.</summary>
    private static double NearFirst(Scenario scenario, int seeds)
    {
        var model = SiegeModel.Compile(scenario);
        var near = 0;
        for (ulong seed = 1; seed <= (ulong)seeds; seed++)
            if (model.Run(seed, RunDetail.WithoutChronicle).Positions.Single(p => p.Id == "near").FirstAssaultedHour == 0) near++;
        return (double)near / seeds;
    }

    [Fact]
    public void A_formation_favours_the_frontier_positions_near_its_staging_area()
    {
        // Equal garrisons at 1 km and 3 km, axisScaleKm 2: P(near) = e^-0.5 / (e^-0.5 + e^-1.5) = 1 / (1 + e^-1) = 0.731.
        // Over 400 seeds the share has a standard error of sqrt(0.731 × 0.269 / 400) = 0.022; 0.09 is four of them.
        var share = NearFirst(TwoHills(nearX: 1, farY: 3, nearGarrison: 500, farGarrison: 500, axisScaleKm: 2, opportunityMen: 100), seeds: 400);

        Assert.InRange(share, 0.731 - 0.09, 0.731 + 0.09);
    }

    [Fact]
    public void A_formation_favours_weakly_held_positions_at_the_same_distance()
    {
        // 100 and 300 men at 1 km each, opportunityMen 100: weights 1/(1 + 1) and 1/(1 + 3), P(weak) = 0.5 / 0.75 = 2/3;
        // standard error over 400 seeds sqrt(2/3 × 1/3 / 400) = 0.024, and 0.09 is nearly four of them.
        var share = NearFirst(TwoHills(nearX: 1, farY: 1, nearGarrison: 100, farGarrison: 300, axisScaleKm: 2, opportunityMen: 100), seeds: 400);

        Assert.InRange(share, 2.0 / 3 - 0.09, 2.0 / 3 + 0.09);
    }

    [Fact]
    public void An_offensive_opens_at_the_opening_ratio_and_runs_until_the_pause_ratio()
    {
        // 2,000 attackers against 1,000: ratio 2.0 opens it at hour 0. The garrison kills about 10 men an hour
        // (0.24 × 1,000 / 24) and loses none, so the ratio falls through 2.0 and then through 1.5.
        var duel = TestScenarios.Duel(attackers: 2000, defenders: 1000, attackerKillRate: 0, defenderKillRate: 0.24, days: 5);
        var scenario = duel with
        {
            AttackerDoctrine = duel.AttackerDoctrine with
            {
                OffensiveForceRatio = F(2.0), PauseForceRatio = F(1.5), RegroupHours = F(1000), LocalAttackCommitment = F(0),
            },
        };
        var frames = new Frames();

        var run = SiegeModel.Compile(scenario).Run(1, frames);

        // Each hour's decision reads the state the hour before left: open while the previous hour's ratio was ≥ 1.5.
        var offensive = Assert.Single(run.Offensives);
        Assert.Equal(0, offensive.StartHour);
        var end = offensive.EndHour!.Value;
        Assert.All(frames.All.Where(f => f.Hour < end - 1), f => Assert.True(f.AttackerInfantry >= 1.5 * f.DefenderCombatants));
        Assert.True(frames.All.Single(f => f.Hour == end - 1).AttackerInfantry < 1.5 * 1000);
        // It did not stop when the ratio first fell below 2.0: the gap kept it going for many hours.
        var belowOpening = frames.All.First(f => f.AttackerInfantry < 2.0 * f.DefenderCombatants).Hour;
        Assert.True(end - belowOpening > 24, $"fell below 2.0 at {belowOpening}, paused at {end}");
        Assert.Contains(run.Chronicle, e => e.Kind == ChronicleKind.OffensivePauses && e.Subject == "strength");
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1250)]
    public void Shells_arrive_at_flowPerDay(double flowPerDay)
    {
        // No guns: nothing is fired, so the stock is the start plus the flow, exactly flowPerDay a day.
        var duel = TestScenarios.Duel(attackers: 200, defenders: 1000, attackerKillRate: 0, defenderKillRate: 0, days: 3);
        var shells = new Supply("shells", "炮弹", "Shells", F(500), null, F(3), 0, F(flowPerDay));
        var frames = new Frames();

        var run = SiegeModel.Compile(duel with { Supplies = new SupplyLists([], [shells]) }).Run(1, frames);

        Assert.Equal(500 + flowPerDay, frames.All.Single(f => f.Hour == 23).AttackerShells);
        Assert.Equal(500 + 2 * flowPerDay, frames.All.Single(f => f.Hour == 47).AttackerShells);
        Assert.Equal(run.Supplies.Single(s => s.Id == "shells").Arrived, frames.All[^1].AttackerShells - 500);
    }

    [Theory]
    [InlineData(0.1, 3)]
    [InlineData(0.2, 6)]
    [InlineData(0, 0)]
    public void A_local_attack_fires_at_most_its_share_of_full_bombardment(double share, long perHour)
    {
        // 10 guns × 3 shells a gun-hour = 30 an hour at full bombardment; no offensive ever opens (ratio 100). Local
        // attacks leave the core alone, so the hill is on the main line here.
        var duel = TestScenarios.Duel(attackers: 1000, defenders: 1000, attackerKillRate: 0, defenderKillRate: 0, days: 1);
        var shells = new Supply("shells", "炮弹", "Shells", F(10_000), null, F(3), 0);
        var scenario = duel with
        {
            Map = duel.Map with { Positions = [duel.Map.Positions[0] with { Tier = Tier.Main }, duel.Map.Positions[1]] },
            Forces = duel.Forces with { Attacker = duel.Forces.Attacker with { Guns = F(10) } },
            Supplies = new SupplyLists([], [shells]),
            AttackerDoctrine = duel.AttackerDoctrine with
            {
                OffensiveForceRatio = F(100), PauseForceRatio = F(0), LocalAttackCommitment = F(0.5), LocalAttackShellShare = F(share),
            },
        };

        var run = SiegeModel.Compile(scenario).Run(1);

        Assert.Empty(run.Offensives);
        Assert.Equal(0, run.Positions.Single(p => p.Id == "hill").FirstAssaultedHour);
        // The local attack goes on every hour of the day (hours 0 to 24): ceil(30 × share) shells each.
        Assert.Equal(25 * perHour, run.Supplies.Single(s => s.Id == "shells").Used);
    }

    [Fact]
    public void Every_formation_balances_and_their_losses_are_the_attackers_killed_and_wounded()
    {
        var run = SiegeModel.Compile(TestScenarios.Hengyang).Run(1);

        Assert.All(run.AttackerFormations, f => Assert.Equal(f.Arrived, f.Losses + f.Present));
        Assert.Equal(run.Attacker.Casualties.Killed + run.Attacker.Casualties.Wounded, run.AttackerFormations.Sum(f => f.Losses));
        Assert.Equal(run.Attacker.Present, run.AttackerFormations.Sum(f => f.Present));
    }

    [Fact]
    public void The_formations_killed_and_wounded_add_up_to_the_attackers()
    {
        foreach (var seed in new ulong[] { 1, 2, 3 })
        {
            var run = SiegeModel.Compile(TestScenarios.Hengyang).Run(seed);
            Assert.All(run.AttackerFormations, f => Assert.InRange(f.Killed, 0, f.Losses));
            Assert.Equal(run.Attacker.Casualties.Killed, run.AttackerFormations.Sum(f => f.Killed));
            Assert.Equal(run.Attacker.Casualties.Wounded, run.AttackerFormations.Sum(f => f.Wounded));
            // More than one formation lost men killed: the split is not all booked to one.
            Assert.True(run.AttackerFormations.Count(f => f.Killed > 0) > 1);
        }
    }
}
