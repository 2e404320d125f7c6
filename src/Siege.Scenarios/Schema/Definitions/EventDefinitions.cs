using Siege.Engine.Domain;
using static Siege.Scenarios.Schema.MappingDefinition;

namespace Siege.Scenarios.Schema.Definitions;

/// <summary>The kinds of event, as the <c>kind</c> key writes them (in camelCase).</summary>
internal enum EventKind
{
    AirRaid,
    Gas,
    CrossingDestroyed,
    SupplyArrival,
    GunsArrival,
    AlliedAirSupport,
    ReliefApproach,
    Note,
}

/// <summary>Exogenous events, told apart by their <c>kind</c>.</summary>
internal static class EventDefinitions
{
    private static KeyDefinition Intensity() =>
        Key.Optional("intensity", CommonDefinitions.AnyFigure, "Strength relative to the combat parameters' event of intensity 1 (default 1).") with { Unit = "relative" };

    private static KeyDefinition Tiers() =>
        Key.Optional("tiers", Shape.NamesOf<Tier>(), "Targets: every defender-held position of these tiers (give tiers or positions).");

    private static KeyDefinition Positions() =>
        Key.Optional("positions", Shape.Names, "Targets: these position ids (give tiers or positions).");

    public static readonly MappingDefinition Event = Union<EventKind>("event", "Something outside the model that happens at a given hour; never an outcome.",
        "kind", "What kind of event it is; the kind decides the other keys.",
        [
            Key.Required("id", Shape.Id, "The event's id, unique among events: lower-case letters, digits and '-'."),
            Key.Required("at", Shape.Time, "When it happens (the first time, for a repeating event): a local time not before the start."),
            Key.Optional("repeatEveryHours", Shape.Integer, "Repeat every this many hours (airRaid, gas, supplyArrival and alliedAirSupport only).") with { Unit = "hours" },
            Key.Optional("until", Shape.Time, "The last time a repeating event may happen."),
            CommonDefinitions.Source("the event"),
            CommonDefinitions.Note(),
            CommonDefinitions.NoteZh(),
        ],
        Case(EventKind.AirRaid, "An air raid: casualties and fortification damage at the targets.", Tiers(), Positions(), Intensity()),
        Case(EventKind.Gas, "Gas: defender losses in assaults at the targets are multiplied while it lasts.",
            Key.Required("durationHours", Shape.Integer, "How long the gas lasts (at least 1).") with { Unit = "hours" }, Tiers(), Positions(), Intensity()),
        Case(EventKind.CrossingDestroyed, "A crossing is destroyed: the approaches over it close.",
            Key.Required("crossing", Shape.Text, "The id of the crossing.")),
        Case(EventKind.SupplyArrival, "Ammunition arrives and is added to a stock.",
            Key.Required("side", Shape.Choice<Side>(), "Whose stock it is."),
            Key.Required("supply", Shape.Text, "The id of the stock, among that side's supplies."),
            Key.Required("amount", CommonDefinitions.AnyFigure, "Rounds added (at most 10^12).") with { Unit = "rounds" },
            Key.Required("delivery", Shape.Choice<SupplyDelivery>(), "How it came, as the sources tell (unknown when they do not say); the trace, viewer and report show it.")),
        Case(EventKind.GunsArrival, "More attacker artillery arrives.",
            Key.Optional("side", Shape.Choice<Side>(), "Only the attacker's guns arrive by event (attacker, if given)."),
            Key.Required("guns", CommonDefinitions.AnyFigure, "Guns added (at most 100,000).") with { Unit = "guns" }),
        Case(EventKind.AlliedAirSupport, "Allied air support: losses and delay to the attacker's infantry.", Intensity()),
        Case(EventKind.ReliefApproach, "A relief force attacks the attacker's blocking formations.",
            Key.Required("force", Shape.Of(() => ReliefForce), "The relief force."),
            Key.Required("position", Shape.Text, "The id of the position the relief force makes for.")),
        Case(EventKind.Note, "A chronicle entry with no effect on the model.",
            Key.Required("text", Shape.Text, "The entry in Chinese."),
            Key.Required("textEn", Shape.Text, "The entry in English.")));

    public static readonly MappingDefinition ReliefForce = new("reliefForce", "A relief force approaching from outside.",
        CommonDefinitions.Name("force"),
        CommonDefinitions.NameEn("force"),
        Key.Required("strength", CommonDefinitions.AnyFigure, "Men in the force (at most 10,000,000).") with { Unit = "men" });
}
