using System.Collections.Immutable;
using Siege.Scenarios.Loading;
using Siege.Trace;

namespace Siege.Web.Views;

/// <summary>
/// What a viewer needs to show a scenario before any run: its names and summary, the map in the trace's shape (and,
/// beside it, each position's source keys), both orders of battle, the supplies, the events from outside the model,
/// the historical record and the sources that every <c>sources</c> key in it refers to.
/// </summary>
internal sealed record ScenarioView(
    string Id,
    string Name,
    string NameEn,
    string Summary,
    string SummaryEn,
    string Start,
    int HorizonHours,
    string Horizon,
    string Hash,
    TraceMap Map,
    ImmutableArray<PositionSourcesView> PositionSources,
    SidesView<UnitView> Forces,
    SidesView<ImmutableArray<SupplyView>> Supplies,
    ImmutableArray<EventView> Events,
    ImmutableArray<RecordItemView> Record,
    ImmutableArray<SourceReference> Sources)
{
    public static ScenarioView Of(LoadedScenario loaded)
    {
        var s = loaded.Scenario;
        return new ScenarioView(
            s.Id, s.Name, s.NameEn, loaded.Summary, loaded.SummaryEn,
            ViewText.Time(s.Start), s.HorizonHours, ViewText.Time(s.Start.AddHours(s.HorizonHours)),
            loaded.ContentHash,
            TraceBuilder.Map(s.Map),
            [.. s.Map.Positions.Select(p => PositionSourcesView.Of(p.Id, loaded.SourcesOfPosition(p.Id)))],
            new SidesView<UnitView>(UnitView.Of(s.Forces.Defender, s.Start, attacker: false), UnitView.Of(s.Forces.Attacker, s.Start, attacker: true)),
            new SidesView<ImmutableArray<SupplyView>>([.. s.Supplies.Defender.Select(SupplyView.Of)], [.. s.Supplies.Attacker.Select(SupplyView.Of)]),
            [.. s.Events.Select(e => EventView.Of(e, s.Start))],
            [.. loaded.Record.Items.Select(RecordItemView.Of)],
            loaded.Sources);
    }
}

public sealed record SidesView<T>(T Defender, T Attacker);

/// <summary>An ammunition stock at the start, with what it is drawn by (per man-hour of combat, or per gun-hour).</summary>
internal sealed record SupplyView(string Id, string Name, string NameEn, long Initial, double? UsePerManHour, double? UsePerGunHour, ImmutableArray<string> Sources)
{
    public static SupplyView Of(Engine.Domain.Supply s) =>
        new(s.Id, s.Name, s.NameEn, ViewText.Whole(s.Stock.Value), s.UsePerManHour?.Value, s.UsePerGunHour?.Value, s.Stock.SourceKeys);
}

/// <summary>
/// Where a position of the map comes from, in the map's order: <see cref="Sources"/> for what it was and how it was
/// held (its <c>source</c> keys), <see cref="Place"/> for where it is drawn (its <c>positionSource</c> keys).
/// </summary>
internal sealed record PositionSourcesView(string Position, ImmutableArray<string> Sources, ImmutableArray<string> Place)
{
    public static PositionSourcesView Of(string id, PositionSources keys) => new(id, keys.Facts, keys.Place);
}
