using Siege.Engine.Domain;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;

namespace Siege.Calibration.Tests;

public sealed class RecordTargetsTests
{
    private static readonly LoadedScenario Hengyang = ScenarioLoader.LoadEmbedded().Scenario!;
    private static readonly IReadOnlyList<RecordTarget> Targets = RecordTargets.From(Hengyang.Record, Hengyang.Scenario);

    [Fact]
    public void The_fitted_figure_is_the_one_of_the_items_own_source()
    {
        var targets = Targets.ToDictionary(t => t.ItemId);
        // record.yaml: duration 47 [zh-wp] and 48 [en-wp], source zh-wp; the defenders' killed 5,600 [zh-wp].
        Assert.Equal(47, targets["duration"].Primary.Value);
        Assert.Equal(RecordTargets.DurationErrorDays, targets["duration"].Primary.ErrorSd);
        Assert.Equal(5_600, targets["cas-defender-killed"].Primary.Value);
        Assert.Equal((ErrorScale.Log, 0.2, MeasureUnit.Men), (targets["cas-defender-killed"].Primary.Scale, targets["cas-defender-killed"].Primary.ErrorSd, targets["cas-defender-killed"].Primary.Unit));
    }

    [Fact]
    public void A_casualty_target_measures_the_runs_number_of_its_scope()
    {
        var run = Siege.Engine.Simulation.SiegeModel.Compile(Hengyang.Scenario).Run(1);
        var killed = Targets.Single(t => t.ItemId == "cas-defender-killed");
        Assert.Equal(run.Defender.Casualties.Killed, killed.Measure.Of(run));
        var pla = Targets.Single(t => t.ItemId == "cas-attacker-pla-daily");
        Assert.Equal(run.Attacker.Casualties.Killed + run.Attacker.Casualties.Wounded, pla.Measure.Of(run));
        // Each target's slot is its place in the measures of a run.
        var measures = RecordTargets.Measure(Targets, run);
        Assert.All(Targets, t => Assert.Equal(t.Measure.Of(run), measures[t.Slot]));
        Assert.Equal(Enumerable.Range(0, Targets.Count), Targets.Select(t => t.Slot));
    }

    [Fact]
    public void An_offensive_date_becomes_the_middle_of_that_day_counted_from_the_start()
    {
        // The first general offensive opened on 28 June; the scenario starts at 00:00 on 22 June.
        var target = Targets.Single(t => t.ItemId == "offensive-1");
        Assert.Equal(6.5, target.Primary.Value);
        Assert.Equal(MeasureUnit.Days, target.Measure.Unit);
    }

    [Fact]
    public void Positions_and_figures_of_a_scope_no_run_resolves_are_not_targets()
    {
        var ids = Targets.Select(t => t.ItemId).ToList();
        Assert.DoesNotContain("lost-tingbingshan", ids);
        Assert.Contains("offensive-3", ids);
        var unmeasured = RecordTargets.Unmeasured(Hengyang.Record, Hengyang.Scenario).ToDictionary(u => u.ItemId, u => u.Reason);
        Assert.DoesNotContain("cas-attacker-ito", ids);
        Assert.Equal("scope unknown, not compared", unmeasured["cas-attacker-ito"]);
        Assert.DoesNotContain("cas-defender-wounded", ids);
        Assert.DoesNotContain("lost-tingbingshan", unmeasured.Keys);
    }

    [Fact]
    public void A_figure_the_run_does_not_count_is_refused_as_a_measure()
    {
        var sick = new CasualtiesItem("sick", ["GUESS"], null, null, Side.Defender, CasualtyScope.Of([Hengyang.Scenario.Forces.Defender.Id], CasualtyKind.Sick), [new(100, "GUESS", null)], 0.2);
        var e = Assert.Throws<ArgumentException>(() => RunMeasure.Casualties(Hengyang.Scenario, sick));
        Assert.Contains("the run counts no sick", e.Message);
        Assert.Empty(RecordTargets.From(new HistoricalRecord([sick]), Hengyang.Scenario));
    }
}
