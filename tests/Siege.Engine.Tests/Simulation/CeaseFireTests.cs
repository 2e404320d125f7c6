using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;
using static Siege.Engine.Tests.Support.EndFixtures;

namespace Siege.Engine.Tests.Simulation;

/// <summary>
/// The cease-fire is a decision taken with a chance each hour, hazard = ceaseFireHazardPerHour × (S/s × F/f)^k × L.
/// The duel's hill is a core position and there is no main line, so the lines count as broken (L = 1); nobody is
/// killed by fire, so the pressures stay as the test sets them.
/// </summary>
public sealed class CeaseFireTests
{
    private static Scenario Deciding(Scenario s, double hazard, double intact) => s with
    {
        DefenderDoctrine = s.DefenderDoctrine with
        {
            CeaseFireHazardPerHour = F(hazard), CeaseFireStrengthFraction = F(0.5), CeaseFireFirepower = F(1),
            CeaseFireSteepness = F(1), CeaseFireLinesIntactFactor = F(intact),
        },
    };

    [Fact]
    public void With_the_pressures_fixed_the_time_to_a_cease_fire_is_geometric_with_the_hazard()
    {
        // hazard = 0.1 × (0.5/1 × 1/1)^1 × 1 = 0.05 an hour, checked from hour 0: the end hour is geometric, with mean
        // (1 − h)/h = 19 hours and standard deviation √(1 − h)/h ≈ 19.5, so the mean of 2,000 runs has an error of 0.44.
        var model = SiegeModel.Compile(Deciding(Quiet(days: 20), hazard: 0.1, intact: 0.5));
        var runs = Enumerable.Range(1, 2000).Select(seed => model.Run((ulong)seed, RunDetail.WithoutChronicle)).ToList();

        Assert.All(runs, run => Assert.Equal((Outcome.Fell, EndReason.LinesBroken), (run.Outcome, run.EndReason)));
        Assert.InRange(runs.Average(run => run.EndHour), 19 - 1.5, 19 + 1.5);
        // P(end at hour 0) = h, within three standard errors (√(0.05 × 0.95 / 2000) ≈ 0.005).
        Assert.InRange(runs.Count(run => run.EndHour == 0) / 2000.0, 0.035, 0.065);
    }

    [Theory]
    // Pressures against the start: strength (1/s)^k, firepower (1/f)^k, lines 1/ceaseFireLinesIntactFactor once broken.
    // Lines broken, nothing else changed: 1, 1 and 1/0.5 = 2.
    [InlineData(0.0, -1.0, 0.5, EndReason.LinesBroken)]
    // 60 % hit at hour 0: strength 1/0.4 = 2.5 against lines 1/0.8 = 1.25.
    [InlineData(0.6, -1.0, 0.8, EndReason.StrengthSpent)]
    // No rounds at all: firepower at its floor 0.25, a pressure of 4, against lines 1.25.
    [InlineData(0.0, 0.0, 0.8, EndReason.FirepowerSpent)]
    public void A_cease_fire_names_the_pressure_that_has_grown_most(double raid, double rounds, double intact, EndReason expected)
    {
        var s = Quiet(days: 20);
        if (raid > 0) s = s.WithRaid(raid);
        if (rounds >= 0) s = s.WithRounds(rounds);
        var model = SiegeModel.Compile(Deciding(s, hazard: 0.1, intact: intact));

        Assert.All(Enumerable.Range(1, 20), seed => Assert.Equal(expected, model.Run((ulong)seed).EndReason));
    }

    [Fact]
    public void A_garrison_holding_its_main_line_with_the_core_intact_decides_only_with_the_lines_intact_factor()
    {
        // The hill becomes a main-line position: the lines are intact, and with a factor of 0 no decision is ever taken.
        var s = Deciding(Quiet(days: 20), hazard: 1, intact: 0);
        var mainLine = s with
        {
            Map = s.Map with { Positions = [.. s.Map.Positions.Select(p => p.Id == "hill" ? p with { Tier = Tier.Main } : p)] },
        };
        var run = SiegeModel.Compile(mainLine).Run(1);

        Assert.Equal((Outcome.Held, EndReason.Horizon), (run.Outcome, run.EndReason));
    }
}
