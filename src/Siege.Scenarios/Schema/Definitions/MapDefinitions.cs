using Siege.Engine.Domain;

namespace Siege.Scenarios.Schema.Definitions;

/// <summary>The schematic map.</summary>
internal static class MapDefinitions
{
    public static readonly MappingDefinition Map = new("map", "Positions, the approaches between them, and rivers, in km east and north of the origin.",
        Key.Optional("origin", Shape.Of(() => Origin), "The geographic point of x = 0, y = 0."),
        Key.Optional("rivers", Shape.ListOf(() => River), "Rivers and their crossings."),
        Key.Required("positions", Shape.ListOf(() => Position), "The places that can be held."),
        Key.Required("approaches", Shape.ListOf(() => Approach), "The undirected links along which fighting, reinforcement and retreat move; every position must be reachable."));

    public static readonly MappingDefinition Origin = new("origin", "The geographic point of x = 0, y = 0.",
        Key.Required("lat", Shape.Number, "Latitude, degrees north.") with { Unit = "degrees" },
        Key.Required("lon", Shape.Number, "Longitude, degrees east.") with { Unit = "degrees" },
        CommonDefinitions.Source("the point"),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh());

    public static readonly MappingDefinition Position = new("position", "A place that can be held.",
        Key.Required("id", Shape.Id, "The position's id, unique among positions: lower-case letters, digits and '-'."),
        CommonDefinitions.Name("position"),
        CommonDefinitions.NameEn("position"),
        Key.Required("x", Shape.Number, "Km east of the origin (schematic).") with { Unit = "km" },
        Key.Required("y", Shape.Number, "Km north of the origin (schematic).") with { Unit = "km" },
        Key.Optional("approximate", Shape.Boolean, "Whether the coordinates are approximate (default true)."),
        Key.Required("tier", Shape.Choice<Tier>(), "The ring of the defence the position belongs to; staging is an attacker assembly area."),
        Key.Optional("heldBy", Shape.Choice<Side>(), "Who holds it at the start (default: the attacker for staging areas, else the defender)."),
        Key.Optional("fortification", Shape.Choice<Fortification>(), "The defender's posture there, in Dupuy's categories (default none)."),
        Key.Optional("terrain", Shape.Choice<Terrain>(), "The ground (default open)."),
        Key.Optional("key", Shape.Boolean, "The defender counter-attacks to retake it (default false)."),
        Key.Optional("holdToLast", Shape.Boolean, "The garrison is ordered not to fall back (default false)."),
        Key.Optional("role", Shape.Text, "What the position was for (HQ, artillery position, …), in English."),
        Key.Optional("roleZh", Shape.Text, "The role in Chinese (without it, a role is a lint warning)."),
        CommonDefinitions.Source("the place and its role"),
        Key.Optional("positionSource", Shape.Names, "Source of the coordinates: a key of the sources list, or a list of keys; GUESS where the Siege authors placed it."),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh());

    public static readonly MappingDefinition Approach = new("approach", "An undirected link between two positions.",
        Key.Required("from", Shape.Text, "A position id."),
        Key.Required("to", Shape.Text, "Another position id."),
        Key.Optional("crossing", Shape.Text, "The id of the river crossing the approach uses (destroying it closes the approach)."),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh(),
        CommonDefinitions.Source("the approach"));

    public static readonly MappingDefinition River = new("river", "A river, drawn on the map, with its crossings.",
        Key.Required("id", Shape.Text, "The river's id."),
        CommonDefinitions.Name("river"),
        CommonDefinitions.NameEn("river"),
        Key.Required("course", Shape.ListOf(Shape.Point), "The river's course: at least two points [x, y] in km."),
        Key.Optional("crossings", Shape.ListOf(() => Crossing), "Bridges, ferries and fords."),
        CommonDefinitions.Source("the river's course"),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh());

    public static readonly MappingDefinition Crossing = new("crossing", "A bridge, ferry or ford over a river.",
        Key.Required("id", Shape.Text, "The crossing's id, unique among crossings; approaches and crossingDestroyed events name it."),
        CommonDefinitions.Name("crossing"),
        CommonDefinitions.NameEn("crossing"),
        Key.Required("kind", Shape.Choice<CrossingKind>(), "What kind of crossing it is."),
        Key.Required("at", Shape.Point, "Where it is: [x, y] in km."),
        Key.Optional("blownByDefender", Shape.Boolean,
            "Whether the defender has it ready for demolition (default false): it is blown in the hour the attacker takes a position at one end of an approach over it while the defender holds the other."),
        CommonDefinitions.Source("the crossing"),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh());
}
