namespace Siege.Scenarios.Schema.Definitions;

/// <summary>
/// A file of a scenario and the top-level keys it holds by convention: <c>scenario.yaml</c> and the files it includes
/// (<c>map.yaml</c> holds <c>map</c>, …). The loader merges them and accepts any key in any file; the split is what
/// an editor checks, one schema per file.
/// </summary>
internal sealed record ScenarioPart(string File, string Description, IReadOnlyList<KeyDefinition> Keys);

/// <summary>The top level of a scenario, part by part.</summary>
internal static class ScenarioDefinition
{
    /// <summary>The part that names the others: its keys are required in it, the others' only in a scenario without includes.</summary>
    public const string Root = "scenario";

    public static readonly IReadOnlyList<ScenarioPart> Parts =
    [
        new(Root, "A scenario's main file: what it is, when it starts, and the files it includes (a single-file scenario holds every section here).",
        [
            Key.Required("schemaVersion", Shape.Integer, "Version of the scenario format; this version of Siege reads 1."),
            Key.Required("id", Shape.Id, "The scenario's id: lower-case letters, digits and '-'."),
            CommonDefinitions.Name("scenario"),
            CommonDefinitions.NameEn("scenario"),
            Key.Optional("summary", Shape.Text, "One paragraph on the battle, in Chinese."),
            Key.Optional("summaryEn", Shape.Text, "The same paragraph in English."),
            Key.Required("start", Shape.Time, "The simulation's first hour, a local time of the battle (1944-06-22T00:00)."),
            Key.Required("horizonDays", Shape.Integer, "The simulation stops after this many days if nothing has ended it (1 to 3650)."),
            Key.Optional("daylight", Shape.Of(() => TimeDefinitions.Daylight), "Local sunrise and sunset; hours outside them are night (default 06:00 to 18:00)."),
            Key.Optional("include", Shape.Names, "Further files of this scenario, relative to this one, merged into it; a section may appear in only one file."),
            Key.Optional("cdb90", Shape.ListOf(Shape.Integer), "CDB90 battles (ISQNO, 1 to 660) covering the same fighting; siege run prints them beside the run."),
            Key.Optional("sides", Shape.Of(() => SideDefinitions.Sides), "What the text calls each side; without it the sides go by their roles (守方/defenders, 攻方/attackers)."),
        ]),
        new("sources", "The scenario's sources: the keys that every source field refers to.",
        [
            Key.Required("sources", Shape.ListOf(() => SourceDefinitions.Source), "The list of sources; their ids are what source fields name."),
        ]),
        new("forces", "The orders of battle: one tree of units for each side.",
        [
            Key.Required("forces", Shape.Of(() => ForceDefinitions.Forces), "The orders of battle of the defender and the attacker."),
        ]),
        new("map", "The schematic map: positions, the approaches between them, rivers and crossings.",
        [
            Key.Required("map", Shape.Of(() => MapDefinitions.Map), "Positions, approaches and rivers, in km east and north of the origin."),
        ]),
        new("supplies", "Ammunition stocks of each side and how fast they are used.",
        [
            Key.Required("supplies", Shape.Of(() => SupplyDefinitions.Supplies), "The ammunition stocks of each side."),
        ]),
        new("events", "Exogenous events: things outside the model (arrivals, air raids, gas, relief); never outcomes.",
        [
            Key.Optional("events", Shape.ListOf(() => EventDefinitions.Event), "Events outside the model, each at a local time; outcomes are never scripted."),
        ]),
        new("doctrine", "The model's parameters: how each side decides, and the attrition model's rates and multipliers.",
        [
            Key.Required("doctrine", Shape.Of(() => ParameterDefinitions.Doctrine), "How each side decides: the attacker's offensives and the defender's reinforcement, fall-back and cease-fire."),
            Key.Required("combat", Shape.Of(() => ParameterDefinitions.Combat), "The attrition model's rates and multipliers (Lanchester square law with Dupuy's QJM factors)."),
        ]),
        new("record", "The historical record: outcomes the fidelity table compares runs with; the engine never reads it.",
        [
            Key.Optional("record", Shape.ListOf(() => RecordDefinitions.Item), "Recorded outcomes, each with its sources."),
            Key.Optional("holdOrder", Shape.Of(() => RecordDefinitions.HoldOrder), "The order the defender was given, if the sources give one: how many days to hold (not an outcome)."),
            Key.Optional("calibration", Shape.Of(() => RecordDefinitions.Calibration), "What the calibration takes from the scenario: the record items siege calibrate fits when --observe names none, and the battle's CDB90 classes for the prior."),
        ]),
    ];

    /// <summary>Every top-level key of a scenario, whichever file holds it.</summary>
    public static readonly MappingDefinition Scenario = new("scenario",
        "A Siege scenario: a siege's forces, map, supplies, events, parameters and record.",
        [.. Parts.SelectMany(p => p.Keys)]);
}
