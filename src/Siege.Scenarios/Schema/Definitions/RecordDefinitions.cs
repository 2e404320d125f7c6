using Siege.Engine.Domain;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;
using static Siege.Scenarios.Schema.MappingDefinition;

namespace Siege.Scenarios.Schema.Definitions;

/// <summary>The kinds of record item, as the <c>kind</c> key writes them (in camelCase).</summary>
internal enum RecordKind
{
    SiegeEnd,
    Duration,
    Offensive,
    PositionLost,
    PositionHeld,
    PositionLostBy,
    PositionsHeld,
    PositionsLost,
    AssaultBegan,
    SiegeEndReason,
    Casualties,
}

/// <summary>The historical record, item by item, told apart by <c>kind</c>.</summary>
internal static class RecordDefinitions
{
    private static KeyDefinition ToleranceDays() =>
        Key.Optional("toleranceDays", Shape.Integer, "How many days a run may be off and still agree (default 0).") with { Unit = "days" };

    private static KeyDefinition[] PositionSet(string what) =>
    [
        Key.Optional("tiers", Shape.NamesOf<Tier>(), $"The {what}: every position of these tiers (give tiers, positions or both)."),
        Key.Optional("positions", Shape.Names, $"The {what}: these position ids."),
    ];

    private static KeyDefinition Figures(string of) =>
        Key.Required("figures", Shape.ListOf(() => Figure), $"The published figures for {of}, each with its source.");

    public static readonly MappingDefinition Item = Union<RecordKind>("recordItem", "A recorded outcome, which the fidelity table compares with each run.",
        "kind", "What is recorded; the kind decides the other keys.",
        [
            Key.Required("id", Shape.Text, "The item's id, as the fidelity table and calibration name it."),
            CommonDefinitions.Source("the item"),
            Key.Optional("noteEn", Shape.Text, "A note in English."),
            Key.Optional("note", Shape.Text, "A note in Chinese (unlike elsewhere, a record item's note is the Chinese one)."),
        ],
        Case(RecordKind.SiegeEnd, "The day the siege ended; a run agrees when the garrison fell within the tolerance.",
            Key.Required("date", Shape.Time, "The day it ended."), ToleranceDays()),
        Case(RecordKind.Duration, "The siege's length in days; a run agrees when within 3 days of the figures' range.",
            Figures("the length in days")),
        Case(RecordKind.Offensive, "A general offensive; a run agrees when its offensive of that ordinal starts and ends within the tolerance.",
            Key.Required("ordinal", Shape.Integer, "Which offensive (1 for the first)."),
            Key.Required("start", Shape.Time, "When it opened."),
            Key.Required("end", Shape.Time, "When it ended; not before start."),
            ToleranceDays()),
        Case(RecordKind.PositionLost, "A position first lost within a window of days (however often it changed hands afterwards).",
            Key.Required("position", Shape.Text, "The position id."),
            Key.Required("from", Shape.Time, "The earliest day it was lost."),
            Key.Required("to", Shape.Time, "The latest day it was lost; not before from.")),
        Case(RecordKind.PositionHeld, "A position still held on a day.",
            Key.Required("position", Shape.Text, "The position id."),
            Key.Required("date", Shape.Time, "The day it was still held (at 23:00).")),
        Case(RecordKind.PositionLostBy, "A position in the attacker's hands at the end of a day, however often it changed hands before; a city already fallen counts.",
            Key.Required("position", Shape.Text, "The position id."),
            Key.Required("date", Shape.Time, "The day by whose end (23:00) it was lost.")),
        Case(RecordKind.PositionsHeld, "A set of positions none of which was lost up to the end of a day.",
            [.. PositionSet("positions held"), Key.Required("through", Shape.Time, "The last day (to 23:00) through which every one of them held.")]),
        Case(RecordKind.PositionsLost, "A set of positions the first of which fell within a window of days (a line broken).",
            [.. PositionSet("positions of the line"), Key.Required("from", Shape.Time, "The earliest day the first of them fell."), Key.Required("to", Shape.Time, "The latest day the first of them fell; not before from.")]),
        Case(RecordKind.AssaultBegan, "The first assault on a position, within a window of days. Judged only by a run that reports when positions are first assaulted.",
            Key.Required("position", Shape.Text, "The position id."),
            Key.Required("from", Shape.Time, "The earliest day of the first assault."),
            Key.Required("to", Shape.Time, "The latest day of the first assault; not before from.")),
        Case(RecordKind.SiegeEndReason, "Why the siege ended. Judged only by a run that reports why it ended.",
            Key.Required("reasons", Shape.NamesOf<SiegeEndReason>(), "The reasons a run may give and agree: strength, firepower or lines (a cease-fire for too few men, the ammunition spent, the lines broken), relieved, horizon.")),
        Case(RecordKind.Casualties, "A side's casualties of one scope; a run agrees when its number of the same scope is within the figures' range widened by the tolerance. A figure whose scope the run does not report, or whose source leaves it open, is shown and not compared.",
            Key.Required("side", Shape.Choice<Side>(), "Whose casualties."),
            Key.Required("scope", Shape.Of(() => Scope), "What the figures count: formations, days, kinds of loss."),
            Figures("the casualties"),
            Key.Optional("tolerance", Shape.Number, "How far beyond the figures' range a run may be, as a fraction (default 0.2).") with { Unit = "fraction" }));

    public static readonly MappingDefinition Scope = new("casualtyScope",
        "What a casualty figure counts. The figures of one item count the same men; a figure of another scope is another item. A run compares only its number of the same scope; what it does not count is shown as not modelled at this scope.",
        Key.Conditional("formations", Shape.Names, "Unit ids of forces.yaml, of the item's side: a unit counts with every unit below it, the side's top unit is the whole side. Required unless listed in unknown."),
        Key.Optional("from", Shape.Time, "The first day counted (default: the scenario's start)."),
        Key.Optional("to", Shape.Time, "The last day counted, to its 23:00 (default: the end of the siege); not before from."),
        Key.Conditional("categories", Shape.NamesOf<CasualtyKind>(), "The kinds of loss counted, each once: killed, wounded, diedOfWounds, sick, captured, missing. Required unless listed in unknown."),
        Key.Conditional("capturedIncludesWounded", Shape.Boolean, "How the source books a man wounded and then captured: as captured (true) or as wounded (false). Required when categories count captured but not wounded, unless listed in unknown; allowed when they count wounded but not captured (without it, the wounded are every man wounded); not allowed otherwise."),
        Key.Optional("unknown", Shape.NamesOf<ScopeDimension>(), "What the source leaves open: formations, dates, categories, capturedIncludesWounded. A figure with any of them is shown as of unknown scope, never compared or calibrated; the keys it lists are not given."));

    public static readonly MappingDefinition HoldOrder = new("holdOrder", "The order the defender was given: how many days to hold. Ensembles and the report give the share of runs that hold this long.",
        Key.Required("days", Shape.Number, "Days to hold, counted from the scenario's start; above 0 and at most 3650.") with { Unit = "days" },
        Key.Optional("given", Shape.Time, "When the order was given."),
        Key.Required("source", Shape.Names, "Source of the order: a key of the sources list, or a list of keys."),
        Key.Optional("noteEn", Shape.Text, "A note in English."),
        Key.Optional("note", Shape.Text, "A note in Chinese (as a record item's, the plain note is the Chinese one)."));

    public static readonly MappingDefinition Calibration = new("calibration",
        "What the calibration of the kill rates takes from the scenario: the record items siege calibrate fits by default (the rest of the record is left to check the fit) and the battle's CDB90 classes, which set the CDB90 prior.",
        Key.Optional("observe", Shape.Names, "Ids of record items, each once: duration, casualties whose scope a run resolves, or one of the first three offensives (what a run measures); without it, every item a run measures."),
        Key.Optional("prior", Shape.Of(() => Cdb90Class), "The battle in CDB90's classes, for the CDB90 prior of siege calibrate, siege battles calibrate and the report; their --posture and --terrain override it."),
        Key.Optional("joint", Shape.Of(() => JointCalibration), "What the joint calibration (siege calibrate --method abc) fits by default: the figures and the record items left out."));

    public static readonly MappingDefinition JointCalibration = new("jointCalibration",
        "The default of the joint calibration by ABC-SMC: which ranged figures it fits (--parameter overrides them) and which record items a run measures it leaves out of the distance (they are still checked against the posterior predictive).",
        Key.Required("parameters", Shape.Names, "Paths of ranged figures ({value, min, max} or an arrival {at, earliest, latest}), each once, as a variant or siege sensitivity names them; each is fitted within its range."),
        Key.Optional("leaveOut", Shape.Names, "Ids of record items a run measures that the distance does not use (a weakly sourced figure, say); every other item a run measures is fitted."),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh());

    public static readonly MappingDefinition Cdb90Class = new("cdb90Class",
        "The defender's posture and the terrain of the battle as the CDB90 attrition fit classes battles; the classing is a judgement, so it names its sources.",
        Key.Required("posture", Shape.Choice<Cdb90Posture>(), "The defender's posture: hasty, prepared or fortified (CDB90's HD, PD, FD), or other (delay, withdrawal, unknown)."),
        Key.Required("terrain", Shape.Choice<Cdb90Terrain>(), "The ground: urban (any urban description), else by the primary description rugged (relief G), desert, wooded (heavily wooded), or open (rolling or flat, bare or mixed)."),
        Key.Required("source", Shape.Names, "Source of the classing: a key of the sources list, or a list of keys (cdb90 for the battle's own rows; GUESS for the authors' judgement)."),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh());

    public static readonly MappingDefinition Figure = new("recordFigure", "One published figure of the record.",
        Key.Required("value", Shape.Number, "The figure; not negative."),
        Key.Required("source", Shape.Names, "Where it is published: a key of the sources list, or a list of keys (the first is cited)."),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh());
}
