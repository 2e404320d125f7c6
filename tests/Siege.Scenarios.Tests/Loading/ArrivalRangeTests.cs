using Siege.Engine.Domain;
using Siege.Scenarios.Loading;

namespace Siege.Scenarios.Tests.Loading;

/// <summary>
/// An arrival whose hour no source gives carries the range it may lie in; one inferred from an outcome (an attack, a
/// capture) ends before that outcome, so that no input of the scenario is the date of an outcome.
/// </summary>
public sealed class ArrivalRangeTests
{
    private static readonly string Cases = Path.Combine(AppContext.BaseDirectory, "Lint", "cases");

    private static Scenario Hengyang => ScenarioLoader.LoadEmbedded().Scenario!.Scenario;

    private static int Hour(DateTime time) => (int)(time - new DateTime(1944, 6, 22)).TotalHours;

    [Fact]
    public void Every_attacker_arrival_after_the_start_has_a_range_unless_a_source_gives_its_hour()
    {
        var arriving = Hengyang.Forces.Attacker.Leaves().Where(u => !u.NeverArrives && u.ArrivesHour > 0).ToList();
        // The 58th Brigade's 20:00 on 22 Jun at 泉溪市 is zh-wp's (the 68th Division's first arrival); every other is a GUESS.
        var sourced = Assert.Single(arriving, u => u.ArrivalRange is null);
        Assert.Equal("jp-68-58th-bde", sourced.Id);
        Assert.All(arriving.Where(u => u.ArrivalRange is not null), u =>
            Assert.InRange(u.ArrivesHour, u.ArrivalRange!.EarliestHour, u.ArrivalRange.LatestHour));
    }

    [Fact]
    public void The_58th_Division_arrives_before_the_third_offensive_it_was_gathered_for()
    {
        // zh-wp: the 58th was among the divisions gathered for the third offensive of 4 Aug. Its range ends before.
        var brigade = Hengyang.Forces.Attacker.Leaves().Single(u => u.Id == "jp-58-51st-bde");
        Assert.True(brigade.ArrivalRange!.LatestHour < Hour(new DateTime(1944, 8, 4)));
        Assert.True(brigade.ArrivesHour < Hour(new DateTime(1944, 8, 4)));
    }

    [Fact]
    public void A_range_is_read_in_hours_from_the_start()
    {
        // arrival-after-outcome.yaml: at 24 Jun 00:00, earliest 23 Jun 00:00, latest 25 Jun 06:00 (start 22 Jun).
        var result = ScenarioLoader.LoadPath(Path.Combine(Cases, "arrival-after-outcome.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var unit = result.Scenario!.Scenario.Forces.Attacker;
        Assert.Equal(48, unit.ArrivesHour);
        Assert.Equal(new ArrivalWindow(24, 78), unit.ArrivalRange);
    }

    [Fact]
    public void A_range_that_ends_after_the_outcome_it_was_inferred_from_is_a_warning()
    {
        // A what-if may move an arrival past the outcome on purpose, so this does not stop the load.
        var result = ScenarioLoader.LoadPath(Path.Combine(Cases, "arrival-after-outcome.yaml"));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("arrives.latest: comes at or after 'outcomeAt'", warning.ToString(), StringComparison.Ordinal);
    }
}
