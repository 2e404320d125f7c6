using CsCheck;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;

namespace Siege.Engine.Tests.Simulation;

/// <summary>Properties that hold for every seed and for scenarios perturbed well beyond the sources' ranges.</summary>
public sealed class InvariantTests
{
    private static readonly Gen<(ulong Seed, double Kill, double Stock, double Ratio)> Cases =
        Gen.Select(Gen.ULong, Gen.Double[0.3, 3.0], Gen.Double[0.0, 3.0], Gen.Double[0.5, 4.0]);

    private static RunResult RunPerturbed((ulong Seed, double Kill, double Stock, double Ratio) c)
    {
        var s = TestScenarios.Hengyang;
        var scenario = s with
        {
            Combat = s.Combat with
            {
                AttackerKillRate = s.Combat.AttackerKillRate with { Value = s.Combat.AttackerKillRate * c.Kill },
                DefenderKillRate = s.Combat.DefenderKillRate with { Value = s.Combat.DefenderKillRate / c.Kill },
            },
            Supplies = s.Supplies with
            {
                Defender = [.. s.Supplies.Defender.Select(x => x with { Stock = x.Stock with { Value = Math.Round(x.Stock * c.Stock) } })],
            },
            AttackerDoctrine = s.AttackerDoctrine with { OffensiveForceRatio = s.AttackerDoctrine.OffensiveForceRatio with { Value = c.Ratio } },
        };
        return SiegeModel.Compile(scenario).Run(c.Seed);
    }

    [Fact]
    public void Personnel_is_conserved_on_both_sides() =>
        FixedSeedProperty.Check(Cases, c =>
        {
            var run = RunPerturbed(c);
            return run.Defender.Balances && run.Attacker.Balances && Consistent(run.Defender.Casualties) && Consistent(run.Attacker.Casualties)
                && run.Attacker.Casualties is { DiedOfWounds: 0, ReturnedToDuty: 0, Captured: 0 };
        }, cases: 60, seed: 1001);

    // The breakdown lies within its totals: the dead include those who died of wounds, the prisoners the wounded ones.
    private static bool Consistent(Casualties c) =>
        c.KilledInAction >= 0 && c.DiedOfWounds >= 0 && c.CapturedUnwounded >= 0 && c.CapturedWounded >= 0 && c.ReturnedToDuty >= 0
        && c.Wounded >= 0 && c.WoundedEver == c.Wounded + c.DiedOfWounds + c.ReturnedToDuty + c.CapturedWounded;

    [Fact]
    public void Casualties_by_kind_of_combat_add_up_to_each_sides_casualties() =>
        FixedSeedProperty.Check(Cases, c =>
        {
            var run = RunPerturbed(c);
            return SumsUp(run.Defender) && SumsUp(run.Attacker) && run.Defender.Of(CombatKind.FireFight).Total > 0;
        }, cases: 40, seed: 1002);

    private static bool SumsUp(PersonnelLedger ledger)
    {
        var kinds = Enum.GetValues<CombatKind>();
        return ledger.ByKind.Length == kinds.Length
            && kinds.Sum(k => ledger.Of(k).Killed) == ledger.Casualties.Killed
            && kinds.Sum(k => ledger.Of(k).Wounded) == ledger.Casualties.Wounded
            && kinds.Sum(k => ledger.Of(k).Captured) == ledger.Casualties.Captured
            && kinds.Sum(k => ledger.Of(k).DiedOfWounds) == ledger.Casualties.DiedOfWounds
            && kinds.Sum(k => ledger.Of(k).ReturnedToDuty) == ledger.Casualties.ReturnedToDuty
            && kinds.Sum(k => ledger.Of(k).CapturedWounded) == ledger.Casualties.CapturedWounded
            && kinds.Aggregate(default(Casualties), (sum, k) => sum + ledger.Of(k)) == ledger.Casualties;
    }

    [Fact]
    public void No_stock_or_strength_is_ever_negative() =>
        FixedSeedProperty.Check(Cases, c =>
        {
            var run = RunPerturbed(c);
            return run.Supplies.All(s => s.Remaining >= 0 && s.Used >= 0)
                && run.Days.All(d => d.DefenderCombatants >= 0 && d.AttackerInfantry >= 0 && d.AttackerBlocking >= 0
                    && d.AttackerShells >= 0 && d.DefenderStocks.All(x => x >= 0) && d.DefenderFirepower is >= 0 and <= 1)
                && run.Chronicle.All(e => e.Men >= 0);
        }, cases: 60, seed: 1002);

    [Fact]
    public void Time_moves_forward_and_stays_within_the_horizon() =>
        FixedSeedProperty.Check(Cases, c =>
        {
            var run = RunPerturbed(c);
            var days = run.Days.Select(d => d.Day).ToArray();
            var hours = run.Chronicle.Select(e => e.Hour).ToArray();
            return days.Zip(days.Skip(1)).All(p => p.First < p.Second)
                && hours.Zip(hours.Skip(1)).All(p => p.First <= p.Second)
                && hours.All(h => h <= run.EndHour)
                && run.EndHour <= TestScenarios.Hengyang.HorizonHours
                && run.Offensives.All(o => o.EndHour is null || o.EndHour >= o.StartHour);
        }, cases: 60, seed: 1003);

    [Fact]
    public void Supply_ledgers_add_up() =>
        FixedSeedProperty.Check(Cases, c =>
        {
            var run = RunPerturbed(c);
            return run.Supplies.All(s => s.Initial + s.Arrived == s.Used + s.Remaining);
        }, cases: 40, seed: 1004);

    [Fact]
    public void A_fallen_city_leaves_no_defender_in_the_field()
    {
        // Hengyang with its attacker's kill rate doubled, so that the city falls well inside the horizon.
        var s = TestScenarios.Hengyang;
        var harder = s with { Combat = s.Combat with { AttackerKillRate = s.Combat.AttackerKillRate with { Value = 2 * s.Combat.AttackerKillRate } } };
        var run = SiegeModel.Compile(harder).Run(3);
        Assert.Equal(Outcome.Fell, run.Outcome);
        Assert.Equal(0, run.Defender.Present);
        // The wounded in the city are taken with it.
        Assert.Equal(0, run.Defender.Casualties.Wounded);
        Assert.True(run.Defender.Casualties.CapturedWounded > 0);
        Assert.Contains(run.Chronicle, e => e.Kind == ChronicleKind.CeaseFire);
    }
}
