using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;

namespace Siege.Engine.Tests.Simulation;

/// <summary>
/// The engine on Engel's 1954 square-law model of Iwo Jima (scenarios/iwo-jima-1945): dM/dt = P(t) − 0.0544·N,
/// dN/dt = −0.0106·M, N(0) = 21,500, landings 54,000 / 6,000 / 13,000 on days 0, 2 and 5 (FACTS.md section 9).
/// Integrated finely (a step of 1e-4 day), N reaches zero on day 36.39 with M = 51,991 Americans ashore.
/// </summary>
public sealed class IwoJimaEngelTests
{
    private const double EndDay = 36.39;
    private const double UsAshoreAtEnd = 51_991;

    private static readonly SiegeModel Model = Load();

    private static SiegeModel Load()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Siege.slnx"))) root = Path.GetDirectoryName(root)!;
        var result = ScenarioLoader.LoadPath(Path.Combine(root, "scenarios", "iwo-jima-1945"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return SiegeModel.Compile(result.Scenario!.Scenario);
    }

    [Fact]
    public void The_garrison_is_destroyed_on_the_day_the_square_law_predicts()
    {
        var runs = Enumerable.Range(1, 40).Select(s => Model.Run((ulong)s)).ToList();
        Assert.All(runs, r => Assert.Equal(Outcome.Fell, r.Outcome));
        // Hourly steps and binomial noise: the mean end lies within a quarter of a day of the continuous solution.
        Assert.InRange(runs.Average(r => r.DurationDays), EndDay - 0.25, EndDay + 0.25);
    }

    [Fact]
    public void The_Americans_ashore_at_the_end_match_the_square_law()
    {
        var ashore = Enumerable.Range(1, 40).Select(s => Model.Run((ulong)s).Attacker.Present).Average();
        Assert.InRange(ashore, UsAshoreAtEnd * 0.99, UsAshoreAtEnd * 1.01);
    }

    [Fact]
    public void All_73000_landed_men_are_accounted_for()
    {
        var run = Model.Run(1);
        Assert.Equal(73_000, run.Attacker.Initial + run.Attacker.Arrived);
        Assert.True(run.Attacker.Balances);
        Assert.Equal(21_500, run.Defender.Casualties.Total);
    }
}
