using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;

namespace Siege.Scenarios.Tests.Record;

public sealed class FidelityTests
{
    private static readonly LoadedScenario Loaded = ScenarioLoader.LoadEmbedded().Scenario!;
    private static readonly RunResult Run = SiegeModel.Compile(Loaded.Scenario).Run(1);

    [Fact]
    public void Every_record_item_gets_one_row_with_its_sources()
    {
        var rows = Fidelity.Compare(Loaded.Scenario, Loaded.Record, Run);
        Assert.Equal(Loaded.Record.Items.Select(i => i.Id), rows.Select(r => r.Item));
        Assert.All(rows, r => Assert.NotEmpty(r.Sources));
    }

    [Fact]
    public void The_end_of_the_siege_is_judged_against_8_August_within_its_tolerance()
    {
        var item = Loaded.Record.Items.OfType<SiegeEndItem>().Single();
        Assert.Equal(new DateTime(1944, 8, 8), item.Date);
        var row = Fidelity.Compare(Loaded.Scenario, Loaded.Record, Run).Single(r => r.Item == item.Id);
        var expectedOk = Run.Outcome == Outcome.Fell && Math.Abs((Run.End.Date - item.Date).TotalDays) <= item.ToleranceDays;
        Assert.Equal(expectedOk, row.Ok);
        // A run that fell is shown by the day it fell; one that was held or relieved says so, with its last day.
        var day = Run.End.ToString("yyyy-MM-dd");
        Assert.Equal(Run.Outcome == Outcome.Fell ? day : $"{Run.Outcome.ToString().ToLowerInvariant()} on {day}", row.Simulated);
    }

    [Fact]
    public void The_defenders_killed_are_set_against_the_runs_killed_of_the_whole_garrison()
    {
        // record.yaml: 5,600 killed of the 10th Army over the siege (zh-wp infobox), a run's killed of the whole side.
        var row = Fidelity.Compare(Loaded.Scenario, Loaded.Record, Run).Single(r => r.Item == "cas-defender-killed");
        Assert.Equal("defender killed", row.Description);
        Assert.Equal("5,600 [zh-wp]", row.Recorded);
        Assert.Equal(Run.Defender.Casualties.Killed.ToString("N0"), row.Simulated);
        Assert.True(row.Compared);
    }

    [Fact]
    public void The_Japanese_figure_of_19380_is_shown_as_of_unknown_scope_and_not_compared()
    {
        var row = Fidelity.Compare(Loaded.Scenario, Loaded.Record, Run).Single(r => r.Item == "cas-attacker-ito");
        Assert.Equal("19,380 [ito-1973]", row.Recorded);
        Assert.Equal(FidelityVerdict.ScopeUnknown, row.Verdict);
        Assert.Equal("scope unknown, not compared", row.Simulated);
        Assert.Equal("attacker casualties (formations, dates and categories not stated)", row.Description);
        Assert.False(row.Ok);
    }

    [Fact]
    public void Who_held_a_position_is_replayed_from_the_chronicle()
    {
        var lost = Run.Chronicle.First(e => e.Kind == ChronicleKind.PositionLost);
        Assert.Equal(Side.Defender, Fidelity.HolderAt(Run, lost.Subject!, Side.Defender, lost.Hour - 1));
        Assert.Equal(Side.Attacker, Fidelity.HolderAt(Run, lost.Subject!, Side.Defender, lost.Hour));
    }
}
