using Siege.Scenarios.Loading;

namespace Siege.Calibration.Tests;

public sealed class RecordTargetsTests
{
    private static readonly LoadedScenario Hengyang = ScenarioLoader.LoadEmbedded().Scenario!;

    [Fact]
    public void The_fitted_figure_is_the_one_of_the_items_own_source()
    {
        var targets = RecordTargets.From(Hengyang.Record, Hengyang.Scenario.Start).ToDictionary(t => t.ItemId);
        // record.yaml: duration 47 [zh-wp] and 48 [en-wp], source zh-wp; Japanese killed and wounded 19,380 [ito-1973]
        // among 19,000, 25,000 and 70,000.
        Assert.Equal(47, targets["duration"].Primary.Value);
        Assert.Equal(RecordTargets.DurationErrorDays, targets["duration"].Primary.ErrorSd);
        Assert.Equal(19_380, targets["cas-attacker-kw"].Primary.Value);
        Assert.Equal("ito-1973", targets["cas-attacker-kw"].Primary.Source);
        Assert.Equal(4, targets["cas-attacker-kw"].Figures.Count);
        Assert.Equal(RunMeasure.AttackerKilledAndWounded, targets["cas-attacker-kw"].Measure);
        Assert.Equal(RunMeasure.DefenderKilledAndWounded, targets["cas-defender-kw"].Measure);
        Assert.Equal(ErrorScale.Log, targets["cas-defender-kw"].Primary.Scale);
        Assert.Equal(0.2, targets["cas-defender-kw"].Primary.ErrorSd);
    }

    [Fact]
    public void An_offensive_date_becomes_the_middle_of_that_day_counted_from_the_start()
    {
        // The first general offensive opened on 28 June; the scenario starts at 00:00 on 22 June.
        var target = RecordTargets.From(Hengyang.Record, Hengyang.Scenario.Start).Single(t => t.ItemId == "offensive-1");
        Assert.Equal(6.5, target.Primary.Value);
        Assert.Equal(RunMeasure.Offensive1Start, target.Measure);
    }

    [Fact]
    public void Positions_are_not_targets()
    {
        var ids = RecordTargets.From(Hengyang.Record, Hengyang.Scenario.Start).Select(t => t.ItemId).ToList();
        Assert.DoesNotContain("lost-tingbingshan", ids);
        Assert.Contains("offensive-3", ids);
    }
}
