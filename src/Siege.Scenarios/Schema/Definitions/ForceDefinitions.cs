using Siege.Engine.Domain;

namespace Siege.Scenarios.Schema.Definitions;

/// <summary>The orders of battle.</summary>
internal static class ForceDefinitions
{
    public static readonly MappingDefinition Forces = new("forces", "The orders of battle: one tree of units for each side.",
        Key.Required("defender", Shape.Of(() => Unit), "The defender's top unit (the garrison), with its sub-units."),
        Key.Required("attacker", Shape.Of(() => Unit), "The attacker's top unit, with its sub-units."));

    public static readonly MappingDefinition Unit = new("unit", "A unit; a unit with sub-units takes its strength from them.",
        Key.Required("id", Shape.Id, "The unit's id, unique among units: lower-case letters, digits and '-'."),
        CommonDefinitions.Name("unit"),
        CommonDefinitions.NameEn("unit"),
        Key.Required("echelon", Shape.Choice<Echelon>(), "The unit's echelon."),
        Key.Optional("kind", Shape.Choice<UnitKind>(), "What the unit is (default infantry); service men count as personnel but do not fight."),
        Key.Optional("commander", Shape.Text, "The commander's name in Chinese (or commanders, when command changed)."),
        Key.Optional("commanderEn", Shape.Text, "The commander's name in English (or pinyin)."),
        Key.Optional("commanders", Shape.ListOf(() => Commander), "Commanders in turn, when command changed during the battle (then no commander)."),
        Key.Optional("quality", Shape.Number, "Combat effectiveness multiplier of the unit (default 1; must be positive).") with { Unit = "multiplier" },
        Key.Optional("arrives", Shape.Arrival(() => Arrival),
            "When the unit joins the battle (default: the scenario's start): a local time, or {at, earliest, latest, outcomeAt, source, note, noteZh} with its range and sources; never for a unit of the order of battle that never reached it (it has then no strength, guns, arrivesAt, arrivesUntil or deployment)."),
        Key.Optional("arrivesUntil", Shape.Time, "The unit arrives evenly hour by hour from arrives until this time, instead of all at once."),
        Key.Optional("arrivesAt", Shape.Text, "Attacker units: the id of the staging position, held by the attacker, where the unit appears."),
        Key.Optional("role", Shape.Choice<AttackerRole>(), "Attacker units: assault (default); block stands off the city against relief; fireSupport only adds guns."),
        Key.Optional("guns", CommonDefinitions.AnyFigure, "Attacker units: artillery pieces the unit brings, used for bombardment (at most 100,000).") with { Unit = "guns" },
        Key.Optional("weapons", Shape.ListOf(() => Weapon), "Notable weapons, for readers (the engine does not read them)."),
        Key.Optional("deployment", Shape.ListOf(() => Share), "Defender units: where the unit's men stand when it arrives; the shares sum to 1."),
        CommonDefinitions.Source("the unit's existence and command"),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh(),
        Key.Optional("units", Shape.ListOf(() => Unit), "Sub-units; a unit with sub-units takes its strength from them."),
        Key.Conditional("strength", CommonDefinitions.AnyFigure,
            "Men in the unit (at most 10,000,000); required on a unit without sub-units, unless it is an air unit, and not allowed beside sub-units.") with { Unit = "men" });

    public static readonly MappingDefinition Arrival = new("arrival",
        "When a unit joins the battle, with the range of hours it may have arrived in where no source gives the hour: each run draws the hour uniformly from the range (units with the same range share one draw); sensitivity pins it to either end.",
        Key.Required("at", Shape.Time, "The hour shown in the scenario's tables (a run with a range draws its own): a local time, not before the start, inside the range."),
        Key.Optional("earliest", Shape.Time, "The earliest the unit may have arrived (given with latest)."),
        Key.Optional("latest", Shape.Time, "The latest the unit may have arrived (given with earliest)."),
        Key.Optional("outcomeAt", Shape.Time,
            "When a source gives only an outcome (an attack, a capture) and not the arrival: when that outcome was. The range is then required and must end before it, so that no input is the date of an outcome."),
        CommonDefinitions.Source("the hour; GUESS requires the range"),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh());

    public static readonly MappingDefinition Commander = new("commander", "One commander of a unit, when command changed during the battle.",
        Key.Required("name", Shape.Text, "The commander's name in Chinese."),
        Key.Required("nameEn", Shape.Text, "The commander's name in English (or pinyin)."),
        Key.Optional("from", Shape.Text, "When the commander took over."),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh(),
        CommonDefinitions.Source("the command"));

    public static readonly MappingDefinition Weapon = new("weapon", "A kind of weapon a unit had, for readers.",
        CommonDefinitions.Name("weapon"),
        CommonDefinitions.NameEn("weapon"),
        Key.Required("count", CommonDefinitions.AnyFigure, "How many the unit had.") with { Unit = "pieces" },
        CommonDefinitions.Source("the count"),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh());

    public static readonly MappingDefinition Share = new("deployment", "A share of a defender unit's men at one place.",
        Key.Required("at", Shape.Text, "A position id, or reserve."),
        Key.Required("share", Shape.Number, "Share of the unit's men there, more than 0 and at most 1.") with { Unit = "fraction" });
}
