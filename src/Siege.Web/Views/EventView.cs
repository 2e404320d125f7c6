using System.Collections.Immutable;
using Siege.Engine.Domain;

namespace Siege.Web.Views;

/// <summary>
/// An event from outside the model, with the fields of its <see cref="Kind"/> (named as in the scenario's files; the
/// other fields are left out): when it
/// first happens, how often it repeats and until when, and what it does. Targets are positions and tiers of the map.
/// </summary>
internal sealed record EventView(
    string Id,
    string Kind,
    string At,
    int Hour,
    int? RepeatEveryHours = null,
    string? Until = null,
    ImmutableArray<string>? TargetTiers = null,
    ImmutableArray<string>? TargetPositions = null,
    double? Intensity = null,
    int? DurationHours = null,
    string? Crossing = null,
    string? Side = null,
    string? Supply = null,
    long? Amount = null,
    string? Delivery = null,
    long? Guns = null,
    string? Force = null,
    string? ForceEn = null,
    long? Strength = null,
    string? Position = null,
    string? Text = null,
    string? TextEn = null,
    ImmutableArray<string>? Sources = null)
{
    public static EventView Of(ExogenousEvent e, DateTime start)
    {
        var view = new EventView(e.Id, "", ViewText.Time(start.AddHours(e.Hour)), e.Hour,
            e.RepeatEveryHours, e.UntilHour is { } until ? ViewText.Time(start.AddHours(until)) : null);
        return e switch
        {
            AirRaidEvent raid => view.Targeting(raid.Targets) with { Kind = "airRaid", Intensity = raid.Intensity.Value, Sources = raid.Intensity.SourceKeys },
            GasEvent gas => view.Targeting(gas.Targets) with { Kind = "gas", Intensity = gas.Intensity.Value, DurationHours = gas.DurationHours, Sources = gas.Intensity.SourceKeys },
            CrossingDestroyedEvent destroyed => view with { Kind = "crossingDestroyed", Crossing = destroyed.CrossingId },
            SupplyArrivalEvent supply => view with
            {
                Kind = "supplyArrival",
                Side = ViewText.Camel(supply.Side), Supply = supply.SupplyId, Amount = ViewText.Whole(supply.Amount.Value),
                Delivery = ViewText.Camel(supply.Delivery), Sources = supply.Amount.SourceKeys,
            },
            GunsArrivalEvent guns => view with { Kind = "gunsArrival", Guns = ViewText.Whole(guns.Guns.Value), Sources = guns.Guns.SourceKeys },
            AlliedAirSupportEvent air => view with { Kind = "alliedAirSupport", Intensity = air.Intensity.Value, Sources = air.Intensity.SourceKeys },
            ReliefApproachEvent relief => view with
            {
                Kind = "reliefApproach",
                Force = relief.ForceName, ForceEn = relief.ForceNameEn, Strength = ViewText.Whole(relief.Strength.Value),
                Position = relief.PositionId, Sources = relief.Strength.SourceKeys,
            },
            NoteEvent note => view with { Kind = "note", Text = note.Text, TextEn = note.TextEn },
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "an event the API does not know"),
        };
    }

    private EventView Targeting(TargetSet targets) => this with
    {
        TargetTiers = [.. targets.Tiers.Select(ViewText.Camel)],
        TargetPositions = targets.PositionIds,
    };
}
