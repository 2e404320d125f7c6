using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;
using static Siege.Engine.Tests.Support.EndFixtures;

namespace Siege.Engine.Tests.Simulation;

/// <summary>The defender's wounded stay in the city: each day some die of their wounds and some return to duty.</summary>
public sealed class WoundedTests
{
    private static RunResult Run(ulong seed, double died, double returned)
    {
        // 10,000 men, half of them wounded (none killed) by an air raid at hour 0; then ten days without a casualty.
        var s = TestScenarios.Duel(3000, 10_000, attackerKillRate: 0, defenderKillRate: 0, days: 10).WithRaid(0.5);
        return SiegeModel.Compile(s with
        {
            DefenderDoctrine = s.DefenderDoctrine with { DiedOfWoundsPerDay = F(died), ReturnToDutyPerDay = F(returned) },
        }).Run(seed);
    }

    [Fact]
    public void Over_ten_days_the_wounded_die_and_return_at_the_daily_rates()
    {
        // Each day a wounded man dies with 0.05 and returns with 0.10, so after 10 days (1 − 0.15)^10 = 0.197 of the
        // wounded W remain, and of the rest a third died and two-thirds returned.
        var runs = Enumerable.Range(1, 20).Select(seed => Run((ulong)seed, died: 0.05, returned: 0.10)).ToList();
        var wounded = runs.Average(r => (double)r.Defender.Casualties.WoundedEver);
        var gone = 1 - Math.Pow(0.85, 10);

        Assert.InRange(wounded, 4900, 5100);
        Assert.InRange(runs.Average(r => (double)r.Defender.Casualties.Wounded) / wounded, 0.197 - 0.01, 0.197 + 0.01);
        Assert.InRange(runs.Average(r => (double)r.Defender.Casualties.DiedOfWounds) / wounded, gone / 3 - 0.01, gone / 3 + 0.01);
        Assert.InRange(runs.Average(r => (double)r.Defender.Casualties.ReturnedToDuty) / wounded, gone * 2 / 3 - 0.01, gone * 2 / 3 + 0.01);
    }

    [Fact]
    public void Those_who_return_are_present_again_and_those_who_die_are_counted_killed()
    {
        var run = Run(1, died: 0.05, returned: 0.10);
        var c = run.Defender.Casualties;

        Assert.True(run.Defender.Balances);
        Assert.Equal(10_000 - c.Wounded - c.Killed, run.Defender.Present);
        Assert.Equal(c.DiedOfWounds, c.Killed);
        Assert.Equal(0, c.KilledInAction);
        Assert.Equal(c.WoundedEver, run.Defender.Of(CombatKind.AirRaid).WoundedEver);
    }

    [Fact]
    public void The_wounded_still_in_the_city_are_captured_with_it()
    {
        // A cease-fire certain as soon as the garrison is below its full strength (hazard 1/s ≥ 1), in the hour of the
        // raid: every man standing and every wounded man is taken.
        var s = TestScenarios.Duel(3000, 10_000, 0, 0, days: 10).WithRaid(0.5);
        var scenario = s with
        {
            DefenderDoctrine = s.DefenderDoctrine with
            {
                CeaseFireHazardPerHour = F(1), CeaseFireStrengthFraction = F(1), CeaseFireFirepower = F(1), CeaseFireSteepness = F(1),
            },
        };
        var run = SiegeModel.Compile(scenario).Run(1);
        var c = run.Defender.Casualties;

        Assert.Equal(Outcome.Fell, run.Outcome);
        Assert.Equal(0, c.Wounded);
        Assert.Equal(0, run.EndHour);
        Assert.Equal(c.WoundedEver, c.CapturedWounded);
        Assert.Equal(run.Defender.Initial - c.Killed, c.Captured);
    }
}
