using Siege.Calibration.Abc;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Sensitivity;

namespace Siege.Calibration.Tests.Abc;

public sealed class ScenarioProblemTests
{
    private static readonly EmbeddedScenarioFiles Files = new(ScenarioLoader.DefaultScenarioId);
    private static readonly LoadedScenario Hengyang = ScenarioLoader.Load(Files).Scenario!;

    [Fact]
    public void The_simulator_gives_the_measures_of_the_run_the_variant_route_gives_at_the_same_point()
    {
        string[] paths = ["combat.attackerKillRate", "doctrine.attacker.regroupHours", "forces.attacker.units[id=jp-68th-div].units[id=jp-68-57th-bde].arrives"];
        var problem = ScenarioProblem.Create(Files, Hengyang, paths);
        double[] point = [0.1, 100.4, 150];
        var measures = problem.Problem.Simulate(point, 7);
        var figures = paths.Select(p => RangedFigures.Find(Files).Single(f => f.Path == p)).ToList();
        var run = SiegeModel.Compile(SensitivityVariant.Load(Files, figures, point).Scenario!.Scenario).Run(7, RunDetail.WithoutChronicle);
        Assert.Equal(problem.Targets.Select(t => t.Measure(run)), measures);
    }

    [Fact]
    public void The_scenarios_own_list_is_used_and_the_items_it_leaves_out_are_measured_but_not_fitted()
    {
        var problem = ScenarioProblem.Create(Files, Hengyang, Hengyang.JointCalibration!.Parameters, leaveOut: Hengyang.JointCalibration.LeaveOut);
        Assert.Equal(18, problem.Problem.Parameters.Length);
        Assert.Equal(problem.Targets.Count, problem.Problem.Measures);
        Assert.Equal(problem.Targets.Count - 2, problem.Problem.Targets.Length);
        Assert.DoesNotContain(problem.Problem.Targets, t => t.Name.StartsWith("cas-attacker-pla-daily", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_without_a_range_and_an_item_no_run_measures_are_refused_with_the_reason()
    {
        var figure = Assert.Throws<ArgumentException>(() => ScenarioProblem.Create(Files, Hengyang, ["combat.noSuchRate"]));
        Assert.Contains("combat.noSuchRate: not a figure with a range", figure.Message, StringComparison.Ordinal);
        var item = Assert.Throws<ArgumentException>(() => ScenarioProblem.Create(Files, Hengyang, ["combat.attackerKillRate"], observe: ["cas-attacker-ito"]));
        Assert.Contains("--observe cas-attacker-ito: not a record item a run measures (scope unknown, not compared)", item.Message, StringComparison.Ordinal);
    }
}
