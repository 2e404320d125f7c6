using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;

namespace Siege.Engine.Tests.Simulation;

/// <summary>
/// A position lost within the window is counter-attacked at night; a counter-attack breaks in by the assault's rule
/// and retakes the position, so that a position can change hands several times. Reinforcement is a nightly flow.
/// </summary>
public sealed class CounterattackTests
{
    private static Figure F(double value) => new(value, Sources: ["test"]);

    /// <summary>The outpost with nights and a reserve: 1,000 attackers, 300 on the hill, 300 in the keep, 2,000 in reserve.</summary>
    private static Scenario Contested(int days)
    {
        var s = TestScenarios.Outpost(attackers: 1000, garrison: 300, keep: 300, reserve: 2000, breakInRate: 0.04, nights: true, days: days);
        return s with
        {
            AttackerDoctrine = s.AttackerDoctrine with { OccupyFraction = F(0.3) },
            DefenderDoctrine = s.DefenderDoctrine with { CounterattackWindowHours = F(48), CounterattackRatio = F(2), MinimumCounterattack = F(10) },
        };
    }

    [Fact]
    public void A_counter_attack_can_retake_a_position_and_it_can_change_hands_several_times()
    {
        var model = SiegeModel.Compile(Contested(days: 6));
        var runs = Enumerable.Range(1, 20).Select(s => model.Run((ulong)s)).ToList();

        Assert.Contains(runs, run => run.Chronicle.Any(e => e.Kind == ChronicleKind.PositionRetaken && e.Subject == "hill" && e.Men > 0));
        Assert.Contains(runs, run => run.Positions.Single(p => p.Id == "hill").Changes >= 3);
        Assert.All(runs, run => Assert.True(run.Defender.Balances && run.Attacker.Balances));
        // Counter-attacks go in at night only (18:00 to 06:00 from a midnight start).
        Assert.All(runs.SelectMany(r => r.Chronicle).Where(e => e.Kind == ChronicleKind.PositionRetaken),
            e => Assert.True(e.Hour % 24 is < 6 or >= 18, $"retaken at hour {e.Hour}"));
    }

    [Fact]
    public void Without_a_window_a_lost_position_is_never_counter_attacked()
    {
        var s = Contested(days: 6);
        var model = SiegeModel.Compile(s with { DefenderDoctrine = s.DefenderDoctrine with { CounterattackWindowHours = F(-1) } });
        var runs = Enumerable.Range(1, 20).Select(seed => model.Run((ulong)seed)).ToList();

        Assert.All(runs, run => Assert.DoesNotContain(run.Chronicle, e => e.Kind is ChronicleKind.PositionRetaken or ChronicleKind.CounterattackFailed));
        Assert.All(runs, run => Assert.True(run.Positions.Single(p => p.Id == "hill").Changes <= 1));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(75)]
    public void Reinforcement_never_brings_a_position_more_than_the_nightly_flow(int flow)
    {
        // No break-ins; 1,000 attackers at 0.1 a man a day whittle the hill by about 4 men an hour, and the reserve of
        // 2,000 could refill it to its 300 at every dusk if reinforcement were a top-up.
        var s = TestScenarios.Outpost(attackers: 1000, garrison: 300, keep: 300, reserve: 2000, breakInRate: 0, nights: true, days: 3);
        var scenario = s with
        {
            DefenderDoctrine = s.DefenderDoctrine with { NightlyReinforcementMen = F(flow) },
            Combat = s.Combat with { AttackerKillRate = F(0.1) },
        };
        var watch = new Garrisons();
        SiegeModel.Compile(scenario).Run(1, watch);

        var rises = watch.Hill.Zip(watch.Hill.Skip(1), (before, after) => after - before).Where(d => d > 0).ToList();
        Assert.NotEmpty(rises);
        Assert.All(rises, rise => Assert.True(rise <= flow, $"the hill got {rise} men in one hour"));
        var reserveDrops = watch.Reserve.Zip(watch.Reserve.Skip(1), (before, after) => before - after).Where(d => d > 0).ToList();
        Assert.All(reserveDrops, drop => Assert.True(drop <= flow, $"the reserve sent {drop} men in one hour"));
    }

    private sealed class Garrisons : IRunObserver
    {
        public List<int> Hill { get; } = [];
        public List<int> Reserve { get; } = [];

        public void OnHour(HourFrame frame)
        {
            Hill.Add(frame.Garrisons[0]);
            Reserve.Add(frame.DefenderReserve);
        }
    }
}
