using Siege.Report.Sections;
using Siege.Scenarios.Record;

namespace Siege.Report.Tests;

/// <summary>The report can describe every kind of event and spread every kind of record item over an ensemble.</summary>
public sealed class EveryKindTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public void Every_kind_of_event_is_described_in_both_languages()
    {
        var events = EveryKind.Events(fixture.Loaded.Scenario);
        var rows = EventList.Rows(fixture.Loaded.Scenario with { Events = [.. events] }).ToList();
        Assert.Equal(events.Count, rows.Count);
        // Each cell of kind and description holds both languages (Markup.Span), never a type name or an id.
        Assert.All(rows, row =>
        {
            Assert.Contains("lang=\"zh-Hans\"", row[1]);
            Assert.Contains("lang=\"zh-Hans\"", row[2]);
            Assert.DoesNotContain("Event", row[1]);
            Assert.DoesNotContain("every-", row[2]);
        });
    }

    [Fact]
    public void Every_kind_of_record_item_is_told_in_Chinese_with_its_run_value()
    {
        var scenario = fixture.Loaded.Scenario;
        var items = EveryKind.RecordItems(scenario);
        var rows = Fidelity.Compare(scenario, new HistoricalRecord([.. items]), fixture.Content.Representative.Result);
        foreach (var (item, row) in items.Zip(rows))
        {
            Assert.NotEqual(item.Id, FidelityWords.Describe(scenario, item));
            Assert.NotEqual(item.Id, FidelityWords.Recorded(item).Zh);
            // What the run did, or why the row is not compared, in Chinese: no English word of the table is left.
            var simulated = FidelityWords.Simulated(scenario, row);
            Assert.DoesNotMatch("[a-z]{3,}", simulated.Replace("(", "").Replace(")", ""));
        }
    }

    [Fact]
    public void Every_kind_of_record_item_has_an_ensemble_spread()
    {
        var items = EveryKind.RecordItems(fixture.Loaded.Scenario);
        var summary = fixture.Content.Summary;
        var spread = new FidelitySpread(fixture.Store, fixture.Request.BaselineKey, ReportFixture.Seeds, summary, fixture.Loaded.Scenario, new HistoricalRecord([.. items]));
        foreach (var item in items)
        {
            var cell = spread.For(item);
            Assert.False(string.IsNullOrWhiteSpace(cell.Zh) || string.IsNullOrWhiteSpace(cell.En), item.Id);
        }
    }
}
