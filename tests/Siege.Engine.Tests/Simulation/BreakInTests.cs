using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;

namespace Siege.Engine.Tests.Simulation;

/// <summary>
/// A position falls by a break-in, whose chance each hour of assault is 1 − exp(−rate × R^exponent), R the local ratio
/// of fire; a break-in is close combat, and the garrison's survivors fall back or are overrun. The fixture
/// (<see cref="TestScenarios.Outpost"/>) has no fire losses, so R stays what the numbers of men make it.
/// </summary>
public sealed class BreakInTests
{
    private static Figure F(double value) => new(value, Sources: ["test"]);

    private static readonly CombatParameters Combat = TestScenarios.Outpost(500, 500, 500, 0, breakInRate: 0.04).Combat;

    [Theory]
    [InlineData(1.0, 0.04, 2.0, 0.039210560847676823)] // 1 − e^−0.04
    [InlineData(2.0, 0.04, 2.0, 0.14785621103378865)]  // 1 − e^−0.16
    [InlineData(0.5, 0.04, 3.0, 0.0049875208073176802)] // 1 − e^−0.005
    public void The_chance_of_a_break_in_in_an_hour_is_one_minus_exp_of_minus_rate_times_R_to_the_exponent(double ratio, double rate, double exponent, double expected)
    {
        // A draw breaks in exactly when it falls below the closed form: just below it does, just above it does not.
        var c = Combat with { BreakInRatePerHour = F(rate), BreakInExponent = F(exponent) };
        Assert.True(SiegeRun.BreaksIn(c, ratio, expected - 1e-12));
        Assert.False(SiegeRun.BreaksIn(c, ratio, expected + 1e-12));
        Assert.True(SiegeRun.BreaksIn(c, ratio, 0));
        Assert.False(SiegeRun.BreaksIn(c, ratio, 0.5));
    }

    [Fact]
    public void Against_nobody_the_fire_ratio_is_infinite_and_the_position_is_simply_taken()
    {
        Assert.True(double.IsPositiveInfinity(SiegeRun.FireRatio(100, 1, 0, 1, 1.5)));
        Assert.True(SiegeRun.BreaksIn(Combat, double.PositiveInfinity, 1 - 1e-16));
    }

    [Fact]
    public void At_an_even_ratio_the_hill_is_broken_into_within_N_hours_as_often_as_1_minus_exp_of_minus_rate_N()
    {
        // 500 attackers against 500 defenders in the open: R = 1 every hour, so a break-in by the end of hour N − 1
        // (N draws, the first in hour 0) has probability 1 − e^(−0.04 N): 0.3812 for N = 12.
        const int seeds = 400, hours = 12;
        var model = SiegeModel.Compile(TestScenarios.Outpost(attackers: 500, garrison: 500, keep: 500, reserve: 0, breakInRate: 0.04));
        var lost = Enumerable.Range(1, seeds).Count(s => HillLostAt(model.Run((ulong)s)) is < hours);

        var p = 1 - Math.Exp(-0.04 * hours);
        // Four binomial standard deviations (0.024 each) either side.
        var tolerance = 4 * Math.Sqrt(p * (1 - p) / seeds);
        Assert.InRange(lost / (double)seeds, p - tolerance, p + tolerance);
    }

    [Fact]
    public void A_garrison_is_lost_while_still_garrisoned_and_its_survivors_reach_the_keep()
    {
        var model = SiegeModel.Compile(TestScenarios.Outpost(attackers: 1000, garrison: 400, keep: 300, reserve: 0, breakInRate: 0.04));
        var watch = new HillWatch();
        var run = model.Run(3, watch);

        var lostAt = HillLostAt(run);
        Assert.NotNull(lostAt);
        var fellBack = run.Chronicle.Single(e => e.Kind == ChronicleKind.FellBack && e.Subject == "hill");
        Assert.Equal(("keep", lostAt), (fellBack.Target, (int?)fellBack.Hour));
        // Until then only the close combat has cost the garrison men (no fire losses): the rest are the survivors, and
        // the keep has them at the end of that hour.
        var closeCombat = watch.DefenderLossesAt[lostAt!.Value];
        Assert.InRange(closeCombat, 1, 399);
        Assert.Equal(400 - closeCombat, fellBack.Men);
        Assert.Equal(300 + fellBack.Men, watch.KeepAt[lostAt.Value]);
        Assert.True(run.Defender.Balances && run.Attacker.Balances);
    }

    [Fact]
    public void A_holdToLast_garrison_never_falls_back_it_is_overrun()
    {
        var model = SiegeModel.Compile(TestScenarios.Outpost(attackers: 1000, garrison: 400, keep: 300, reserve: 0, breakInRate: 0.04, holdToLast: true));
        var runs = Enumerable.Range(1, 30).Select(s => model.Run((ulong)s)).ToList();

        Assert.All(runs, run => Assert.DoesNotContain(run.Chronicle, e => e.Kind == ChronicleKind.FellBack && e.Subject == "hill"));
        var overrun = runs.SelectMany(r => r.Chronicle).Where(e => e.Kind == ChronicleKind.Overrun && e.Subject == "hill").ToList();
        Assert.NotEmpty(overrun);
        Assert.All(overrun, e => Assert.True(e.Men > 0, "the garrison was still there when the position fell"));
    }

    [Fact]
    public void Without_break_ins_a_garrison_however_small_holds_until_it_is_gone()
    {
        // Square-law fire alone (the duel): the hill falls only in the hour its last man is hit.
        var model = SiegeModel.Compile(TestScenarios.Duel(3000, 2000, 0.3, 0.45, days: 30));
        var watch = new HillWatch();
        var run = model.Run(5, watch);

        var lostAt = HillLostAt(run)!.Value;
        Assert.Equal(0, watch.HillAt[lostAt]);
        Assert.True(watch.HillAt[lostAt - 1] > 0);
        Assert.Equal(0, run.Defender.Of(CombatKind.CloseCombat).Total);
    }

    private static int? HillLostAt(RunResult run) => run.Positions.Single(p => p.Id == "hill").FirstLostHour;

    /// <summary>The garrisons of the hill (position 0) and the keep (position 1, if any) at the end of every hour.</summary>
    private sealed class HillWatch : IRunObserver
    {
        public List<int> HillAt { get; } = [];
        public List<int> KeepAt { get; } = [];
        public List<int> DefenderLossesAt { get; } = [];

        public void OnHour(HourFrame frame)
        {
            HillAt.Add(frame.Garrisons[0]);
            DefenderLossesAt.Add(frame.DefenderCasualties.Total);
            if (frame.Garrisons.Length > 2) KeepAt.Add(frame.Garrisons[1]);
        }
    }
}
