namespace Siege.Scenarios.Schema.Definitions;

/// <summary>What the text calls each side; the engine never reads it.</summary>
internal static class SideDefinitions
{
    public static readonly MappingDefinition Sides = new("sides", "What the chronicle, the report, the charts and the Chinese text call each side.",
        Key.Required("defender", Shape.Of(() => Side), "The defender's names."),
        Key.Required("attacker", Shape.Of(() => Side), "The attacker's names."));

    public static readonly MappingDefinition Side = new("sideName", "A side's names, each a single line of at most 40 characters.",
        Key.Required("name", Shape.Text, "The Chinese noun running text sets before nouns and verbs (守军据守3处阵地, 日军突击步兵)."),
        Key.Required("nameEn", Shape.Text, "The side in English (Japanese), given in the run's JSON and trace."));
}
