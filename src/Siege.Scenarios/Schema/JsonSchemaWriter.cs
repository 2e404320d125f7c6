using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Siege.Scenarios.Schema;

/// <summary>
/// Writes one JSON Schema document (draft-07, the newest the YAML extension of VS Code validates with) from the
/// definitions: a property for each key with its description, enums for choices, <c>additionalProperties: false</c>
/// on every mapping, and the mappings it uses under <c>definitions</c>, each once, in the order they are met.
/// </summary>
internal sealed class JsonSchemaWriter
{
    /// <summary>What an id may be written with; the loader's check (lower-case ASCII letters, digits and '-') in a pattern.</summary>
    public const string IdPattern = "^[a-z0-9-]+$";

    // A local time of the battle, or a date alone; and a clock time (YAML writes both as text).
    private const string TimePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$";
    private const string ClockPattern = "^[0-9]{2}:[0-9]{2}$";

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        // Descriptions keep their Chinese, dashes and signs as written, so the committed files read as text.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly List<(string Name, JsonSchemaBuilder? Schema)> _definitions = [];

    /// <summary>
    /// A document whose top level is a mapping of <paramref name="keys"/>, all of which <paramref name="required"/>
    /// lists must be written; <paramref name="unlessWritten"/>, when given, is a key whose absence makes
    /// <paramref name="requiredWithout"/> required as well (a scenario without includes holds every section).
    /// </summary>
    public string Document(string title, string description, IReadOnlyList<KeyDefinition> keys, IEnumerable<string> required,
        string? unlessWritten = null, IReadOnlyList<string>? requiredWithout = null)
    {
        var document = new JsonSchemaBuilder()
            .Schema(MetaSchemas.Draft7Id)
            .Title(title)
            .Description(description)
            .Type(SchemaValueType.Object)
            .Properties([.. keys.Select(k => (k.Name, Property(k)))]);
        document = Require(document, required).AdditionalProperties(false);
        if (unlessWritten is not null && requiredWithout is { Count: > 0 })
            document = document.If(new JsonSchemaBuilder().Required(unlessWritten)).Else(new JsonSchemaBuilder().Required(requiredWithout));
        if (_definitions.Count > 0)
            document = document.Definitions([.. _definitions.Select(d => (d.Name, d.Schema!))]);
        return JsonSerializer.Serialize(document.Build(), Output) + "\n";
    }

    private JsonSchemaBuilder Property(KeyDefinition key) =>
        (IsReference(key.Shape) ? new JsonSchemaBuilder().AllOf(Value(key.Shape)) : Value(key.Shape, key.EmptyAllowed)).Description(key.FullDescription);

    // In draft-07 a $ref's siblings are ignored, so a described reference is wrapped in allOf.
    private static bool IsReference(Shape shape) => shape.Kind is ShapeKind.Mapping || shape is { Kind: ShapeKind.Figure, PlainNumber: false };

    // draft-07 allows an empty "required", but one that is not written says the same more quietly.
    private static JsonSchemaBuilder Require(JsonSchemaBuilder schema, IEnumerable<string> keys) =>
        keys.ToList() is { Count: > 0 } list ? schema.Required(list) : schema;

    private JsonSchemaBuilder Value(Shape shape, bool emptyAllowed = false) => shape.Kind switch
    {
        // The loader would read a number as its text too (year: 1954), but an editor that offered true and false for
        // a name would not help: text is written as text.
        ShapeKind.Text => new JsonSchemaBuilder().Type(SchemaValueType.String),
        ShapeKind.TextOrNumber => new JsonSchemaBuilder().Type(SchemaValueType.String, SchemaValueType.Integer),
        ShapeKind.Id => new JsonSchemaBuilder().Type(SchemaValueType.String).Pattern(IdPattern),
        ShapeKind.Integer => new JsonSchemaBuilder().Type(SchemaValueType.Integer),
        ShapeKind.Number => new JsonSchemaBuilder().Type(SchemaValueType.Number),
        ShapeKind.Boolean => new JsonSchemaBuilder().Type(SchemaValueType.Boolean),
        ShapeKind.Time => new JsonSchemaBuilder().Type(SchemaValueType.String).Pattern(TimePattern),
        ShapeKind.Clock => new JsonSchemaBuilder().Type(SchemaValueType.String).Pattern(ClockPattern),
        // An arrival is a time, never, or its long form with the range.
        ShapeKind.Arrival => new JsonSchemaBuilder().AnyOf(
            new JsonSchemaBuilder().Type(SchemaValueType.String).Pattern(TimePattern),
            new JsonSchemaBuilder().Const(JsonValue.Create(Shape.Never)),
            Ref(shape.Mapping!)),
        ShapeKind.Choice => Choice(shape.Choices!),
        ShapeKind.Names => new JsonSchemaBuilder().AnyOf(Name(shape), new JsonSchemaBuilder().Type(SchemaValueType.Array).Items(Name(shape))),
        ShapeKind.Point => new JsonSchemaBuilder().Type(SchemaValueType.Array).Items(new JsonSchemaBuilder().Type(SchemaValueType.Number)).MinItems(2).MaxItems(2),
        ShapeKind.List => new JsonSchemaBuilder()
            .Type(emptyAllowed ? [SchemaValueType.Array, SchemaValueType.Null] : [SchemaValueType.Array])
            .Items(Value(shape.Item!)),
        ShapeKind.Mapping => Ref(shape.Mapping!),
        // A figure is a plain number, or its long form; a parameter's figure must be the long form, with its source.
        ShapeKind.Figure when !shape.PlainNumber => Ref(shape.Mapping!),
        ShapeKind.Figure => new JsonSchemaBuilder().AnyOf(new JsonSchemaBuilder().Type(SchemaValueType.Number), Ref(shape.Mapping!)),
        _ => new JsonSchemaBuilder(),
    };

    private static JsonSchemaBuilder Choice(IReadOnlyList<string> names) =>
        new JsonSchemaBuilder().Type(SchemaValueType.String).Enum(names);

    private static JsonSchemaBuilder Name(Shape shape) =>
        shape.Choices is { } names ? Choice(names) : new JsonSchemaBuilder().Type(SchemaValueType.String);

    /// <summary>A reference to the definition of <paramref name="mapping"/>, written on first use.</summary>
    private JsonSchemaBuilder Ref(MappingDefinition mapping)
    {
        if (!_definitions.Any(d => d.Name == mapping.Name))
        {
            var at = _definitions.Count;
            // Reserved before it is built, so a mapping that contains itself (a unit's sub-units) refers to it.
            _definitions.Add((mapping.Name, null));
            _definitions[at] = (mapping.Name, Mapping(mapping));
        }
        return new JsonSchemaBuilder().Ref($"#/definitions/{mapping.Name}");
    }

    private JsonSchemaBuilder Mapping(MappingDefinition mapping)
    {
        var own = mapping.Keys.Select(k => (k.Name, Property(k))).ToList();
        var required = mapping.Keys.Where(k => k.Need == Need.Required).Select(k => k.Name).ToList();
        var schema = Require(new JsonSchemaBuilder().Type(SchemaValueType.Object).Description(mapping.Description).Properties([.. own]), required);
        if (mapping.Discriminator is not { } discriminator) return schema.AdditionalProperties(false);

        // One branch per case: the discriminator's value, the mapping's own keys (checked above) and the case's keys.
        var branches = mapping.Cases.Select(c => Require(new JsonSchemaBuilder()
                .Description(c.Description)
                .Properties([
                    (discriminator, new JsonSchemaBuilder().Const(JsonValue.Create(c.Value))),
                    .. mapping.Keys.Where(k => k.Name != discriminator).Select(k => (k.Name, new JsonSchemaBuilder())),
                    .. c.Keys.Select(k => (k.Name, Property(k))),
                ]), c.Keys.Where(k => k.Need == Need.Required).Select(k => k.Name))
            .AdditionalProperties(false)).ToList();
        return schema.OneOf(branches);
    }
}
