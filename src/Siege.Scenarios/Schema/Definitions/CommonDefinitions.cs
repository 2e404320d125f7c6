namespace Siege.Scenarios.Schema.Definitions;

/// <summary>Keys and shapes that many mappings share: names, notes, sources, and the long form of a figure.</summary>
internal static class CommonDefinitions
{
    public static KeyDefinition Name(string of) => Key.Required("name", Shape.Text, $"Name of the {of} in simplified Chinese.");

    public static KeyDefinition NameEn(string of) => Key.Required("nameEn", Shape.Text, $"Name of the {of} in English (or pinyin).");

    public static KeyDefinition Note() => Key.Optional("note", Shape.Text, "A note for readers, in English; the engine never reads it.");

    public static KeyDefinition NoteZh() => Key.Optional("noteZh", Shape.Text, "The note in Chinese (without it, a note is a lint warning).");

    /// <summary>The <c>source</c> key: one key of the sources list, or a list of them.</summary>
    public static KeyDefinition Source(string about = "this entry") =>
        Key.Optional("source", Shape.Names, $"Source of {about}: a key of the sources list, or a list of keys; GUESS marks a value the Siege authors estimated.");

    /// <summary>A plain number or the long form <see cref="Figure"/>.</summary>
    public static readonly Shape AnyFigure = Shape.Figure(() => Figure, plainNumber: true);

    /// <summary>A figure that must name its source: a model parameter.</summary>
    public static readonly Shape SourcedFigure = Shape.Figure(() => Sourced, plainNumber: false);

    public static readonly MappingDefinition Figure = new("figure",
        "A number with its provenance: the value the engine uses, the range where sources disagree or the value is uncertain, and its sources.",
        Key.Required("value", Shape.Number, "The value the engine uses."),
        Key.Optional("min", Shape.Number, "Low end of the range (ensembles and the sensitivity analysis vary the figure over it)."),
        Key.Optional("max", Shape.Number, "High end of the range."),
        Source("the figure"),
        Note(),
        NoteZh());

    public static readonly MappingDefinition Sourced = new("sourcedFigure",
        "A model parameter: a figure that must give its source (a key of the sources list, or GUESS).",
        Key.Required("value", Shape.Number, "The value the engine uses."),
        Key.Optional("min", Shape.Number, "Low end of the range (ensembles and the sensitivity analysis vary the parameter over it)."),
        Key.Optional("max", Shape.Number, "High end of the range."),
        Key.Required("source", Shape.Names, "Source of the value: a key of the sources list, or a list of keys; GUESS marks a value the Siege authors estimated."),
        Note(),
        NoteZh());
}
