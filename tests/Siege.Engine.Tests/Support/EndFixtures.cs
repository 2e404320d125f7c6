using Siege.Engine.Domain;

namespace Siege.Engine.Tests.Support;

/// <summary>
/// The duel with no one killed by fire (both kill rates 0): 1,000 defenders on the hill, 3,000 attackers assaulting
/// it every hour, so that the garrison's strength, its ammunition and its wounded change only as a test sets them.
/// </summary>
internal static class EndFixtures
{
    public static Figure F(double value) => new(value, Sources: ["test"]);

    public static Scenario Quiet(int days) => TestScenarios.Duel(3000, 1000, attackerKillRate: 0, defenderKillRate: 0, days: days);

    /// <summary>An air raid at hour 0 that puts <paramref name="fraction"/> of the garrison out of action.</summary>
    public static Scenario WithRaid(this Scenario s, double fraction, double killedShare = 0) => s with
    {
        Events = [new AirRaidEvent("raid", 0, null, null, new TargetSet([], ["hill"]), F(1))],
        Combat = s.Combat with { AirRaidLossFraction = F(fraction), KilledShareAirRaid = F(killedShare) },
    };

    /// <summary>One stock of rifle rounds, all of the garrison's firepower, drawn at one round per man-hour.</summary>
    public static Scenario WithRounds(this Scenario s, double stock) => s with
    {
        Supplies = new SupplyLists([new Supply("rounds", "弹", "Rounds", F(stock), F(1), null, 1)], []),
    };
}
