using Siege.Analysis.Attrition;
using Siege.Calibration;
using Siege.Scenarios.Loading;

namespace Siege.Calibration.Tests;

public sealed class CdbRateMatchingTests
{
    private static Siege.Engine.Domain.Scenario Load(string folder)
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(Repository.Root, "scenarios", folder));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Scenario!.Scenario;
    }

    [Fact]
    public void The_derived_kill_rates_reproduce_the_CDB90_median_rates_for_Hengyang()
    {
        // scenarios/hengyang-1944-cdb90 carries the rates `siege battles calibrate` found; measured afresh, the runs'
        // casualties per initial strength per day must sit at the fit's median for their own setting.
        var step = CdbRateMatching.Run(Load("hengyang-1944-cdb90"), AttritionModel.FitCdb90(), PostureClass.Fortified, TerrainClass.Rugged, runs: 60, steps: 1).Single();
        Assert.InRange(step.SimulatedAttackerRate / step.TargetAttackerRate, 0.85, 1.15);
        Assert.InRange(step.SimulatedDefenderRate / step.TargetDefenderRate, 0.85, 1.15);
    }

    [Fact]
    public void The_calibrated_rates_are_several_times_bloodier_than_CDB90()
    {
        var step = CdbRateMatching.Run(Load("hengyang-1944"), AttritionModel.FitCdb90(), PostureClass.Fortified, TerrainClass.Rugged, runs: 30, steps: 1).Single();
        Assert.True(step.SimulatedAttackerRate > 3 * step.TargetAttackerRate);
        Assert.True(step.SimulatedDefenderRate > 1.5 * step.TargetDefenderRate);
    }
}
