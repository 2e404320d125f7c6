using System.Collections.Immutable;

namespace Siege.Engine.Domain;

/// <summary>
/// A number from the scenario with its provenance: the value the engine uses, the range where sources disagree or
/// the value is uncertain, and the keys of the sources it comes from. <see cref="Note"/> is written in English and
/// <see cref="NoteZh"/> is its Chinese; the engine reads neither.
/// </summary>
public sealed record Figure(double Value, double? Min = null, double? Max = null, ImmutableArray<string> Sources = default, string? Note = null,
    string? NoteZh = null)
{
    public static Figure Of(double value, params string[] sources) => new(value, Sources: [.. sources]);

    public ImmutableArray<string> SourceKeys => Sources.IsDefault ? [] : Sources;

    public double Low => Min ?? Value;
    public double High => Max ?? Value;

    public static implicit operator double(Figure figure) => figure.Value;
}
