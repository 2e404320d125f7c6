using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Scenarios.Loading;

namespace Siege.Engine.Tests.Support;

/// <summary>Scenarios built in code for tests whose expected numbers come from closed forms, and the embedded Hengyang one.</summary>
internal static class TestScenarios
{
    private static readonly Lazy<Scenario> LazyHengyang = new(() =>
    {
        var result = ScenarioLoader.LoadEmbedded();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Scenario!.Scenario;
    });

    public static Scenario Hengyang => LazyHengyang.Value;

    private static Figure F(double value) => new(value, Sources: ["test"]);

    /// <summary>
    /// Two forces and nothing else: one defended position in the open with no posture, an attacker arriving at an
    /// adjacent assembly area at hour 0, no night, guns, ammunition limits, neighbours, withdrawal, surrender, rationing or care of the wounded (who stay out of action).
    /// What is left is the square law dD/dt = -a·A, dA/dt = -d·D, integrated hour by hour with binomial noise.
    /// </summary>
    public static Scenario Duel(int attackers, int defenders, double attackerKillRate, double defenderKillRate, int days) =>
        new(
            "duel", "对决", "Duel", new DateTime(1944, 6, 22), days * 24,
            new Daylight(0, 24 * 60),
            new Forces(
                Unit("defender", defenders, [new DeploymentShare("hill", 1.0)], null),
                Unit("attacker", attackers, [], "camp")),
            new SiegeMap(null,
                [
                    new Position("hill", "山", "Hill", 0, 0, Tier.Core, Side.Defender, Fortification.None, Terrain.Open),
                    new Position("camp", "营", "Camp", 1, 0, Tier.Staging, Side.Attacker, Fortification.None, Terrain.Open),
                ],
                [new Approach("hill", "camp")],
                []),
            new SupplyLists([], []),
            [],
            new AttackerDoctrine(
                OffensiveForceRatio: F(0), PauseForceRatio: F(0), OffensiveShellHours: F(0), PauseLossFraction: F(1), PauseShellHours: F(0),
                RegroupHours: F(0), PreparationHours: F(0), AssaultCommitment: F(1), AssaultsPerFormation: F(1), AxisScaleKm: F(1),
                OpportunityMen: F(100), LocalAttackCommitment: F(1), LocalAttackShellShare: F(1), MinimumAssaultGroup: F(100),
                AssaultExhaustedFraction: F(1), AssaultTopUp: F(0), OccupyFraction: F(0.3), ReliefBlockRatio: F(1)),
            new DefenderDoctrine(
                NightlyReinforcementMen: F(0), ReserveFloorFraction: F(0),
                CounterattackWindowHours: F(0), CounterattackRatio: F(2), MinimumCounterattack: F(100), CapturedWhenOverrun: F(0),
                CeaseFireStrengthFraction: F(0), CeaseFireFirepower: F(0), CeaseFireHazardPerHour: F(0), CeaseFireSteepness: F(2),
                CeaseFireLinesIntactFactor: F(0), RationBelowFraction: F(0), DiedOfWoundsPerDay: F(0), ReturnToDutyPerDay: F(0),
                ReliefWithdrawLossFraction: F(0.3)),
            new CombatParameters(
                AttackerKillRate: F(attackerKillRate), DefenderKillRate: F(defenderKillRate),
                AssaultFrontage: F(1_000_000), SupportingFireShare: F(0),
                // No break-ins: the duel is the square law alone, and the hill falls when its garrison is gone.
                BreakInRatePerHour: F(0), BreakInExponent: F(2), CloseCombatDefenderLoss: F(0.3), CloseCombatExchange: F(1),
                CounterattackNightSurprise: F(1), OccupiersDisorganisedHours: F(0), DisorganisedFactor: F(1),
                PostureHasty: F(1.3), PosturePrepared: F(1.5), PostureFortified: F(1.6),
                TerrainUrban: F(1.4), TerrainHill: F(1.3), TerrainPaddy: F(1.2), TerrainRiverbank: F(1.1), TerrainVillage: F(1.2),
                RiverCrossing: F(1.5), NightAttackerFactor: F(0.8), ArtilleryBonus: F(0.5), FirepowerFloor: F(0.25),
                KilledShareBombardment: F(0.3), KilledShareFireFight: F(0.3), KilledShareCloseCombat: F(0.3), KilledShareGas: F(0.3),
                KilledShareAirRaid: F(0.3), BombardmentLethality: F(0), BombardmentLossCap: F(0.5),
                FortificationDamagePerShell: F(0), FortificationRepairPerNightHour: F(0), AirRaidLossFraction: F(0),
                AirRaidFortificationDamage: F(0), GasLossMultiplier: F(0), AlliedAirLossFraction: F(0)));

    /// <summary>
    /// The duel with the attacker's camp across a river (its approach fords it) and a second assembly area, the
    /// field, reached by land. The attackers arrive at the camp, or half there and half in the field.
    /// </summary>
    public static Scenario RiverDuel(int attackers, int defenders, double attackerKillRate, double defenderKillRate, int days, bool alsoByLand)
    {
        var duel = Duel(attackers, defenders, attackerKillRate, defenderKillRate, days);
        var half = attackers / 2;
        var attacker = alsoByLand
            ? duel.Forces.Attacker with { Strength = null, Units = [Unit("river-wing", half, [], "camp"), Unit("land-wing", attackers - half, [], "field")] }
            : duel.Forces.Attacker;
        return duel with
        {
            Forces = duel.Forces with { Attacker = attacker },
            Map = duel.Map with
            {
                Positions = [.. duel.Map.Positions, new Position("field", "野", "Field", 0, 1, Tier.Staging, Side.Attacker, Fortification.None, Terrain.Open)],
                Approaches = [new Approach("hill", "camp", "ford"), new Approach("hill", "field")],
                Rivers = [new River("river", "河", "River", [new MapPoint(0.5, -1), new MapPoint(0.5, 1)], [new Crossing("ford", "渡", "Ford", CrossingKind.Ford, 0.5, 0)])],
            },
        };
    }

    /// <summary>
    /// The duel with guns and nothing but bombardment: the attacker's guns fire <paramref name="shellsPerHour"/> at the
    /// hill every hour from a stock that never runs out, each shell hitting each man with probability
    /// <paramref name="lethality"/>; neither side's fire kills.
    /// </summary>
    public static Scenario Bombardment(int defenders, double shellsPerHour, double lethality, double lossCap)
    {
        var duel = Duel(attackers: 1000, defenders, attackerKillRate: 0, defenderKillRate: 0, days: 1);
        var shells = new Supply("shells", "炮弹", "Shells", F(1e12), null, F(shellsPerHour), 0);
        return duel with
        {
            Forces = duel.Forces with { Attacker = duel.Forces.Attacker with { Guns = F(1) } },
            Supplies = new SupplyLists([], [shells]),
            Combat = duel.Combat with { BombardmentLethality = F(lethality), BombardmentLossCap = F(lossCap) },
        };
    }

    /// <summary>
    /// A hill on the main line held by <paramref name="garrison"/> men, a keep (core) behind it with <paramref name="keep"/>
    /// and a reserve of <paramref name="reserve"/>; the attacker's <paramref name="attackers"/> arrive at a camp facing
    /// the hill at hour 0 and assault it as one group. Open ground without works, no guns, no fire losses (both kill
    /// rates 0) and no neighbour's supporting fire: the fire ratio of the assault is attackers / garrison exactly, and
    /// only break-ins change anything. With <paramref name="nights"/>, night is 18:00 to 06:00 (the run starts at
    /// midnight); without, it is always day.
    /// </summary>
    public static Scenario Outpost(int attackers, int garrison, int keep, int reserve, double breakInRate, bool holdToLast = false, bool nights = false, int days = 2)
    {
        var duel = Duel(attackers, garrison, attackerKillRate: 0, defenderKillRate: 0, days);
        var defender = new ForceUnit("garrison", "garrison", "garrison", Echelon.Division, UnitKind.Infantry, [], null, 1.0, 0, null,
            AttackerRole.Assault, null, [], [],
            [
                Unit("hill-company", garrison, [new DeploymentShare("hill", 1.0)], null),
                Unit("keep-battalion", keep, [new DeploymentShare("keep", 1.0)], null),
                Unit("reserve-battalion", reserve, [new DeploymentShare(DeploymentShare.Reserve, 1.0)], null),
            ]);
        return duel with
        {
            Daylight = nights ? new Daylight(6 * 60, 18 * 60) : duel.Daylight,
            Forces = duel.Forces with { Defender = defender },
            Map = new SiegeMap(null,
                [
                    new Position("hill", "山", "Hill", 0, 0, Tier.Main, Side.Defender, Fortification.None, Terrain.Open, HoldToLast: holdToLast),
                    new Position("keep", "堡", "Keep", -1, 0, Tier.Core, Side.Defender, Fortification.None, Terrain.Open),
                    new Position("camp", "营", "Camp", 1, 0, Tier.Staging, Side.Attacker, Fortification.None, Terrain.Open),
                ],
                [new Approach("hill", "camp"), new Approach("hill", "keep")],
                []),
            Combat = duel.Combat with { BreakInRatePerHour = F(breakInRate), NightAttackerFactor = F(1) },
        };
    }

    private static ForceUnit Unit(string id, int men, ImmutableArray<DeploymentShare> deployment, string? arrivesAt) =>
        new(id, id, id, Echelon.Division, UnitKind.Infantry, [], F(men), 1.0, 0, arrivesAt, AttackerRole.Assault, null, deployment, [], []);
}
