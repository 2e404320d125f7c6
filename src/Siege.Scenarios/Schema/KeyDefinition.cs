namespace Siege.Scenarios.Schema;

/// <summary>Whether a key must be written.</summary>
internal enum Need
{
    Optional,
    Required,
    /// <summary>Required in some cases only, which the reader decides (a unit's strength, unless it has sub-units).</summary>
    Conditional,
}

/// <summary>
/// One key of a mapping: its name, the shape of its value, whether it must be written, and what it means. The loader
/// reads a key only through its definition, and the JSON Schema is written from the same definition.
/// </summary>
internal sealed record KeyDefinition(string Name, Shape Shape, Need Need, string Description)
{
    /// <summary>A key written with no value (<c>changes:</c>) reads as empty instead of missing.</summary>
    public bool EmptyAllowed { get; init; }

    /// <summary>The unit of a number or figure, where it has a fixed one (shown by the schema and the parameters reference).</summary>
    public string? Unit { get; init; }

    /// <summary>The description with its unit, as an editor shows it.</summary>
    public string FullDescription => Unit is null ? Description : $"{Description} Unit: {Unit}.";
}

/// <summary>Short constructors, so that adding a key to a definition is one line.</summary>
internal static class Key
{
    public static KeyDefinition Required(string name, Shape shape, string description) => new(name, shape, Need.Required, description);

    public static KeyDefinition Optional(string name, Shape shape, string description) => new(name, shape, Need.Optional, description);

    /// <summary>A key required in some cases; <paramref name="description"/> says which.</summary>
    public static KeyDefinition Conditional(string name, Shape shape, string description) => new(name, shape, Need.Conditional, description);
}
