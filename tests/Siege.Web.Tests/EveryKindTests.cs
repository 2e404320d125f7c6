using Siege.Scenarios.Loading;
using Siege.Web.Views;

namespace Siege.Web.Tests;

/// <summary>The API can tell every kind of event and record item (it refuses, loudly, a kind it does not know).</summary>
public sealed class EveryKindTests
{
    private static readonly LoadedScenario Loaded = ScenarioLoader.LoadEmbedded().Scenario!;

    [Fact]
    public void Every_kind_of_event_has_a_view()
    {
        foreach (var e in EveryKind.Events(Loaded.Scenario))
            Assert.Equal(e.Id, EventView.Of(e, Loaded.Scenario.Start).Id);
    }

    [Fact]
    public void Every_kind_of_record_item_has_a_view()
    {
        foreach (var item in EveryKind.RecordItems(Loaded.Scenario))
            Assert.Equal(item.Id, RecordItemView.Of(item).Id);
    }
}
