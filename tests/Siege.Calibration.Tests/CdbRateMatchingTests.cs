using Siege.Analysis.Attrition;
using Siege.Calibration;
using Siege.Scenarios.Loading;

namespace Siege.Calibration.Tests;

public sealed class CdbRateMatchingTests
{
    private static LoadedScenario Load(string folder)
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(Repository.Root, "scenarios", folder));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    // Each scenario's own setting: its classes (calibration.prior) and its period.
    private static IReadOnlyList<RateMatchStep> MatchOneStep(string folder, int runs)
    {
        var loaded = Load(folder);
        return CdbRateMatching.Run(loaded.Scenario, AttritionModel.FitCdb90(), Cdb90Setting.Of(loaded)!, runs, steps: 1);
    }

    [Fact]
    public void The_derived_kill_rates_reproduce_the_CDB90_median_rates_for_Hengyang()
    {
        // scenarios/hengyang-1944-cdb90 carries the rates `siege battles calibrate` found; measured afresh, the runs'
        // casualties per initial strength per day must sit at the fit's median for their own setting.
        var step = MatchOneStep("hengyang-1944-cdb90", runs: 60).Single();
        Assert.InRange(step.SimulatedAttackerRate / step.TargetAttackerRate, 0.85, 1.15);
        Assert.InRange(step.SimulatedDefenderRate / step.TargetDefenderRate, 0.85, 1.15);
    }

    [Fact]
    public void The_calibrated_rates_are_several_times_bloodier_than_CDB90()
    {
        var step = MatchOneStep("hengyang-1944", runs: 30).Single();
        Assert.True(step.SimulatedAttackerRate > 3 * step.TargetAttackerRate);
        Assert.True(step.SimulatedDefenderRate > 1.5 * step.TargetDefenderRate);
    }
}
