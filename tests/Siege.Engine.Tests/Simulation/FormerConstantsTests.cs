using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;

namespace Siege.Engine.Tests.Simulation;

/// <summary>
/// The figures that were constants of the engine (the smallest assault and counter-attack groups, the cap on an
/// hour's bombardment) are the scenario's, and do what their descriptions in the parameters reference say.
/// </summary>
public sealed class FormerConstantsTests
{
    private static Figure F(double value) => new(value, Sources: ["test"]);

    [Theory]
    [InlineData(100, true)]
    [InlineData(150, true)]
    [InlineData(151, false)]
    public void No_assault_group_smaller_than_minimumAssaultGroup_is_sent(double minimum, bool assaulted)
    {
        // The duel commits all 150 attackers to one group.
        var duel = TestScenarios.Duel(attackers: 150, defenders: 1000, attackerKillRate: 0.3, defenderKillRate: 0.45, days: 1);
        var scenario = duel with { AttackerDoctrine = duel.AttackerDoctrine with { MinimumAssaultGroup = F(minimum) } };

        var run = SiegeModel.Compile(scenario).Run(1);

        Assert.Equal(assaulted ? 0 : null, run.Positions.Single(p => p.Id == "hill").FirstAssaultedHour);
        Assert.Equal(assaulted, run.Defender.Casualties.Total > 0);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    public void An_hour_of_bombardment_hits_at_most_bombardmentLossCap_of_the_garrison(double cap)
    {
        // 1,000 shells at 0.01 a man each would hit every man (p = min(cap, 10)): the cap leaves Binomial(100,000, cap).
        const int garrison = 100_000;
        var model = SiegeModel.Compile(TestScenarios.Bombardment(garrison, shellsPerHour: 1000, lethality: 0.01, lossCap: cap));
        var firstHour = new FirstHour();

        model.Run(1, firstHour);

        var hit = garrison - firstHour.Frame!.Garrisons[0];
        // The binomial's standard deviation is under 150 men; 1,000 is more than six of them.
        Assert.InRange(hit, garrison * cap - 1000, garrison * cap + 1000);
    }

    [Fact]
    public void No_counter_attack_goes_in_with_fewer_than_minimumCounterattack_men()
    {
        var s = TestScenarios.Hengyang;
        // More men than the whole garrison ever had (about 17,600): no counter-attack can go in.
        var unreachable = s with { DefenderDoctrine = s.DefenderDoctrine with { MinimumCounterattack = F(1_000_000) } };

        Assert.NotEqual(0, CounterattacksIn(s));
        Assert.Equal(0, CounterattacksIn(unreachable));
    }

    /// <summary>Counter-attacks over ten seeds: each ends in the position retaken or the attack failed.</summary>
    private static int CounterattacksIn(Scenario scenario)
    {
        var model = SiegeModel.Compile(scenario);
        return Enumerable.Range(1, 10).Sum(seed => model.Run((ulong)seed).Chronicle
            .Count(e => e.Kind is ChronicleKind.PositionRetaken or ChronicleKind.CounterattackFailed));
    }

    private sealed class FirstHour : IRunObserver
    {
        public HourFrame? Frame { get; private set; }

        public void OnHour(HourFrame frame) => Frame ??= frame;
    }
}
