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
    public void For_Iwo_Jima_the_search_reaches_the_CDB90_median_rates()
    {
        // Iwo Jima's losses come from fire fights, which the two kill rates scale: eight damped steps from the
        // scenario's own rates bring the runs' casualties per initial strength per day within 15 % of the fit's medians
        // for its own setting (record.yaml: calibration.prior).
        var last = CdbRateMatching.Run(Load("iwo-jima-1945").Scenario, AttritionModel.FitCdb90(), Cdb90Setting.Of(Load("iwo-jima-1945"))!, runs: 30, steps: 8)[^1];
        Assert.InRange(last.SimulatedAttackerRate / last.TargetAttackerRate, 0.85, 1.15);
        Assert.InRange(last.SimulatedDefenderRate / last.TargetDefenderRate, 0.85, 1.15);
    }

    [Fact]
    public void The_calibrated_rates_are_several_times_bloodier_than_CDB90()
    {
        var step = MatchOneStep("hengyang-1944", runs: 30).Single();
        Assert.True(step.SimulatedAttackerRate > 3 * step.TargetAttackerRate);
        Assert.True(step.SimulatedDefenderRate > 1.5 * step.TargetDefenderRate);
    }
}
