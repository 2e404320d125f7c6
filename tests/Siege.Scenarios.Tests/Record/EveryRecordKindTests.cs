using Siege.Engine.Domain;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;

namespace Siege.Scenarios.Tests.Record;

/// <summary>Every kind of record item is compared with a run, and the samples the hosts' tests use cover every kind.</summary>
public sealed class EveryRecordKindTests
{
    private static readonly LoadedScenario Loaded = ScenarioLoader.LoadEmbedded().Scenario!;

    [Fact]
    public void The_samples_cover_every_kind_of_event_and_record_item()
    {
        Assert.Empty(EveryKind.Missing(EveryKind.Events(Loaded.Scenario)));
        Assert.Empty(EveryKind.Missing(EveryKind.RecordItems(Loaded.Scenario)));
    }

    [Fact]
    public void Every_kind_of_record_item_gets_a_row_of_the_fidelity_table()
    {
        var items = EveryKind.RecordItems(Loaded.Scenario);
        var run = SiegeModel.Compile(Loaded.Scenario).Run(1);
        var rows = Fidelity.Compare(Loaded.Scenario, new HistoricalRecord([.. items]), run);
        Assert.Equal(items.Select(i => i.Id), rows.Select(r => r.Item));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Description) || string.IsNullOrWhiteSpace(r.Recorded) || string.IsNullOrWhiteSpace(r.Simulated), r.Item));
    }
}
