using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;

namespace Siege.Engine.Tests.Simulation;

/// <summary>
/// The strength against which the garrison counts as spent must not depend on when its units arrive: the same men
/// arriving later, after losses, are still part of the garrison (the 8th Regiment at Hengyang arrives on 3 Jul).
/// </summary>
public sealed class GarrisonStrengthTests
{
    private static Figure F(double value) => new(value, Sources: ["test"]);

    private static ForceUnit Unit(string id, int men, int arrivesHour, ImmutableArray<DeploymentShare> deployment, string? arrivesAt = null) =>
        new(id, id, id, Echelon.Regiment, UnitKind.Infantry, [], F(men), 1.0, arrivesHour, arrivesAt, AttackerRole.Assault, null, deployment, [], []);

    private static Position At(string id, Tier tier, Side heldBy) => new(id, id, id, 0, 0, tier, heldBy, Fortification.None, Terrain.Open);

    /// <summary>
    /// No fighting: the attacker already holds one core position, and the cease-fire hazard is so steep (k = 60, at
    /// most 1e-10 an hour above 70 % of its strength, certain below 46 %) that the garrison ceases fire as soon as it
    /// falls below 46 % of its strength. Two regiments of 1,000; air raids that kill every man they hit take the first's 500
    /// at post A at hour 2, and the second's 600 at post B at hour 8, leaving 900 of 2,000 whether the second regiment
    /// was there from the start or arrived at hour 5.
    /// </summary>
    private static RunResult Run(int secondArrivesHour)
    {
        var duel = TestScenarios.Duel(100, 100, 0, 0, days: 1);
        Figure everyone = F(1);
        var scenario = duel with
        {
            Forces = new Forces(
                new ForceUnit("garrison", "garrison", "garrison", Echelon.Division, UnitKind.Infantry, [], null, 1.0, 0, null,
                    AttackerRole.Assault, null, [], [],
                    [
                        Unit("first", 1000, 0, [new DeploymentShare("post-a", 0.5), new DeploymentShare(DeploymentShare.Reserve, 0.5)]),
                        Unit("second", 1000, secondArrivesHour, [new DeploymentShare("post-b", 0.6), new DeploymentShare(DeploymentShare.Reserve, 0.4)]),
                    ]),
                Unit("attacker", 100, 0, [], "camp")),
            Map = new SiegeMap(null,
                [
                    At("citadel", Tier.Core, Side.Defender),
                    At("gate", Tier.Core, Side.Attacker),
                    At("post-a", Tier.Outpost, Side.Defender),
                    At("post-b", Tier.Outpost, Side.Defender),
                    At("camp", Tier.Staging, Side.Attacker),
                ],
                [],
                []),
            Events =
            [
                new AirRaidEvent("raid-a", 2, null, null, new TargetSet([], ["post-a"]), everyone),
                new AirRaidEvent("raid-b", 8, null, null, new TargetSet([], ["post-b"]), everyone),
            ],
            DefenderDoctrine = duel.DefenderDoctrine with
            {
                CeaseFireStrengthFraction = F(0.46), CeaseFireFirepower = F(1), CeaseFireHazardPerHour = F(1), CeaseFireSteepness = F(60),
            },
            Combat = duel.Combat with { AirRaidLossFraction = everyone },
        };
        return SiegeModel.Compile(scenario).Run(1);
    }

    [Fact]
    public void A_regiment_arriving_after_losses_counts_towards_the_strength_the_garrison_is_spent_against()
    {
        var fromTheStart = Run(secondArrivesHour: 0);
        var later = Run(secondArrivesHour: 5);

        // 900 men left of 2,000: below 46 %, so the garrison ceases resistance after the second raid.
        Assert.Equal(Outcome.Fell, fromTheStart.Outcome);
        Assert.Equal(8, fromTheStart.EndHour);
        // The same 2,000 men, the second regiment arriving at hour 5 when the first had lost 500: it must make no difference.
        Assert.Equal(fromTheStart.Outcome, later.Outcome);
        Assert.Equal(fromTheStart.EndHour, later.EndHour);
    }
}
