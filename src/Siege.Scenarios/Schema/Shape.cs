using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Schema;

/// <summary>What kind of value a key holds, as both the loader and the JSON Schema see it.</summary>
internal enum ShapeKind
{
    /// <summary>Free text; the loader takes any scalar as its text.</summary>
    Text,
    /// <summary>Text that is often a whole number (a year of publication): either is written.</summary>
    TextOrNumber,
    /// <summary>An id: lower-case ASCII letters, digits and '-'.</summary>
    Id,
    Integer,
    Number,
    Boolean,
    /// <summary>A local time of the battle, <c>1944-06-22T20:00</c>, or a date alone.</summary>
    Time,
    /// <summary>A clock time, <c>05:40</c>.</summary>
    Clock,
    /// <summary>
    /// When a unit arrives: a local time like <see cref="Time"/>, <c>never</c> for a unit that never reaches the
    /// battle, or the long form, a mapping with the time, its range and its sources.
    /// </summary>
    Arrival,
    /// <summary>One of a fixed set of names (an enum written in camelCase).</summary>
    Choice,
    /// <summary>A number, or a mapping with the value, its range and its sources.</summary>
    Figure,
    /// <summary>One name or a list of names (source keys, position ids, tiers).</summary>
    Names,
    /// <summary>A point <c>[x, y]</c> in km.</summary>
    Point,
    List,
    Mapping,
    /// <summary>Any YAML value (what a variant sets or adds).</summary>
    Any,
}

/// <summary>
/// The shape of a key's value. A mapping is named through a function so that definitions can refer to themselves
/// (a unit's sub-units are units) and to definitions of other files without depending on the order of initialisation.
/// </summary>
internal sealed class Shape
{
    private readonly Func<MappingDefinition?>? _mapping;

    private Shape(ShapeKind kind, IReadOnlyList<string>? choices = null, Shape? item = null, Func<MappingDefinition?>? mapping = null, bool plainNumber = false)
    {
        Kind = kind;
        PlainNumber = plainNumber;
        Choices = choices;
        Item = item;
        _mapping = mapping;
    }

    public ShapeKind Kind { get; }

    /// <summary>Whether a <see cref="ShapeKind.Figure"/> may be written as a plain number (a parameter may not: it needs its source).</summary>
    public bool PlainNumber { get; }

    /// <summary>The names allowed, for a <see cref="ShapeKind.Choice"/> and for <see cref="ShapeKind.Names"/> that are not free.</summary>
    public IReadOnlyList<string>? Choices { get; }

    /// <summary>The shape of each item of a <see cref="ShapeKind.List"/>.</summary>
    public Shape? Item { get; }

    /// <summary>The mapping a <see cref="ShapeKind.Mapping"/> holds, or the long form of a <see cref="ShapeKind.Figure"/> or an <see cref="ShapeKind.Arrival"/>.</summary>
    public MappingDefinition? Mapping =>
        _mapping is null ? null : _mapping() ?? throw new InvalidOperationException("a definition is used before it is initialised");

    public static readonly Shape Text = new(ShapeKind.Text);
    public static readonly Shape TextOrNumber = new(ShapeKind.TextOrNumber);
    public static readonly Shape Id = new(ShapeKind.Id);
    public static readonly Shape Integer = new(ShapeKind.Integer);
    public static readonly Shape Number = new(ShapeKind.Number);
    public static readonly Shape Boolean = new(ShapeKind.Boolean);
    public static readonly Shape Time = new(ShapeKind.Time);
    public static readonly Shape Clock = new(ShapeKind.Clock);

    /// <summary>What an <see cref="ShapeKind.Arrival"/> says for a unit that never reaches the battle.</summary>
    public const string Never = "never";

    public static readonly Shape Point = new(ShapeKind.Point);
    public static readonly Shape Any = new(ShapeKind.Any);

    /// <summary>Free names: source keys, position ids, file names.</summary>
    public static readonly Shape Names = new(ShapeKind.Names);

    /// <summary>A figure whose long form is <paramref name="longForm"/>, and which may or may not be a plain number.</summary>
    public static Shape Figure(Func<MappingDefinition?> longForm, bool plainNumber) => new(ShapeKind.Figure, mapping: longForm, plainNumber: plainNumber);

    /// <summary>An arrival, whose long form is <paramref name="longForm"/>.</summary>
    public static Shape Arrival(Func<MappingDefinition?> longForm) => new(ShapeKind.Arrival, mapping: longForm);

    public static Shape Choice<T>() where T : struct, Enum => new(ShapeKind.Choice, choices: EnumNames.All<T>());

    /// <summary>One or a list of the names of <typeparamref name="T"/>.</summary>
    public static Shape NamesOf<T>() where T : struct, Enum => new(ShapeKind.Names, choices: EnumNames.All<T>());

    public static Shape ListOf(Shape item) => new(ShapeKind.List, item: item);

    public static Shape Of(Func<MappingDefinition?> mapping) => new(ShapeKind.Mapping, mapping: mapping);

    public static Shape ListOf(Func<MappingDefinition?> item) => ListOf(Of(item));
}
