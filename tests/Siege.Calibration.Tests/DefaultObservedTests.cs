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
        Assert.Equal(["duration", "cas-attacker-kw", "cas-defender-kw", "offensive-2", "offensive-3"], CalibrationSettings.DefaultObserved(Hengyang));
    }

    [Fact]
    public void A_scenario_that_names_none_has_every_item_a_run_measures_fitted()
    {
        var unnamed = Hengyang with { CalibrationItems = [] };
        var measured = RecordTargets.From(Hengyang.Record, Hengyang.Scenario.Start).Select(t => t.ItemId).ToList();
        Assert.Equal(measured, CalibrationSettings.DefaultObserved(unnamed));
        // The three offensives, the length and the six casualty items of record.yaml; no end date and no position item.
        Assert.Equal(10, measured.Count);
    }
}
