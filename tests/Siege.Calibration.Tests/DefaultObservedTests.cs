using Siege.Scenarios.Loading;

namespace Siege.Calibration.Tests;

/// <summary>Which record items the calibration fits when none are named: the scenario's choice, not Siege's.</summary>
public sealed class DefaultObservedTests
{
    private static readonly LoadedScenario Hengyang = ScenarioLoader.LoadEmbedded().Scenario!;

    [Fact]
    public void The_default_items_are_the_ones_the_scenario_names()
    {
        // record.yaml: calibration.observe.
        Assert.Equal(["duration", "cas-defender-killed", "offensive-2", "offensive-3"], CalibrationSettings.DefaultObserved(Hengyang));
    }

    [Fact]
    public void A_scenario_that_names_none_has_every_item_a_run_measures_fitted()
    {
        var unnamed = Hengyang with { CalibrationItems = [] };
        var measured = RecordTargets.From(Hengyang.Record, Hengyang.Scenario).Select(t => t.ItemId).ToList();
        Assert.Equal(measured, CalibrationSettings.DefaultObserved(unnamed));
        // The three offensives, the length and the three casualty items of record.yaml whose scope a run resolves (the
        // defenders' killed and the PLA Daily's two); no end date, no position item, no figure of unknown scope.
        Assert.Equal(["duration", "offensive-1", "offensive-2", "offensive-3", "cas-defender-killed", "cas-attacker-pla-daily", "cas-attacker-pla-daily-killed"], measured);
    }
}
