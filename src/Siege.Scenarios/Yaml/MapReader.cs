using System.Globalization;
using Siege.Scenarios.Schema;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping by name, as its <see cref="MappingDefinition"/> declares them: whether a key
/// is required comes from the definition, wrong types are reported, and at <see cref="Finish"/> every key the
/// definition does not declare is reported as unknown. Asking for a key the definition does not declare, or reading
/// it as another shape, is a <see cref="ProgrammingError"/>: so the JSON Schema, written from the same definitions,
/// cannot drift from what the loader reads.
/// </summary>
internal sealed class MapReader
{
    private readonly Dictionary<string, (string File, YamlScalarNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    // The value of the discriminator once it has been read and is valid: the case whose keys are allowed.
    private string? _case;

    /// <summary>A reader over a node whose definition its parent reader gave it (a mapping, or an item of a list of mappings).</summary>
    public MapReader(Located at, Diagnostics diagnostics, string what)
        : this([at], diagnostics, what, at.Definition ?? throw new ProgrammingError($"'{what}' is read as a mapping, but no definition says it is one"))
    {
    }

    public MapReader(Located at, Diagnostics diagnostics, string what, MappingDefinition definition)
        : this([at], diagnostics, what, definition)
    {
    }

    /// <summary>Reads several mappings as one (a scenario's files); a key may appear in only one of them.</summary>
    public MapReader(IReadOnlyList<Located> parts, Diagnostics diagnostics, string what, MappingDefinition definition)
    {
        At = parts[0];
        Diagnostics = diagnostics;
        What = what;
        Definition = definition;
        foreach (var part in parts)
        {
            if (part.Node is not YamlMappingNode map)
            {
                diagnostics.Add(part, $"{what} must be a mapping of keys to values");
                continue;
            }
            foreach (var (key, value) in map.Children)
            {
                if (key is not YamlScalarNode { Value: { } name } scalar)
                {
                    diagnostics.Add(new Located(part.File, key), $"{what}: keys must be plain names");
                    continue;
                }
                if (_fields.TryGetValue(name, out var earlier))
                {
                    diagnostics.Add(new Located(part.File, key), $"{what}: '{Quote.Text(name)}' is already given at {earlier.File}:{earlier.Key.Start.Line}");
                    continue;
                }
                _fields[name] = (part.File, scalar, value);
            }
        }
    }

    public Located At { get; }
    public Diagnostics Diagnostics { get; }
    public string What { get; }
    public string File => At.File;
    public MappingDefinition Definition { get; }

    public bool Has(string key)
    {
        Declared(key);
        return _fields.TryGetValue(key, out var f) && !IsNull(f.Value);
    }

    /// <summary>Where the value of <paramref name="key"/> is written, to point a message at it; null when it is not.</summary>
    public Located? Place(string key)
    {
        var definition = Declared(key);
        return _fields.TryGetValue(key, out var f) && !IsNull(f.Value) ? Locate(f.File, f.Value, definition.Shape) : null;
    }

    /// <summary>
    /// The value of <paramref name="key"/>, of any shape. A missing key is reported when the definition requires it;
    /// for a <see cref="Need.Conditional"/> key the reader says whether it is required here, and for a required one
    /// it may pass false to report the absence in its own words.
    /// </summary>
    public Located? Node(string key, bool? required = null) => Read(key, required);

    public string? String(string key, bool? required = null)
    {
        if (Read(key, required, ShapeKind.Text, ShapeKind.TextOrNumber, ShapeKind.Id, ShapeKind.Clock) is not { } at) return null;
        return TextOf(at, key);
    }

    /// <summary>
    /// The Chinese companion of a free text written in English (<c>roleZh</c> beside <c>role</c>). Without it the
    /// Chinese side of the viewer and the report can only show the English, so its absence beside an English text is
    /// a warning, at the English text; <paramref name="what"/> names the mapping where <see cref="What"/> is too vague.
    /// </summary>
    public string? ChineseFor(string englishKey, string chineseKey, string? what = null)
    {
        var chinese = String(chineseKey);
        // The English text is its own key, required or not; here it is only looked at.
        if (chinese is null && Read(englishKey, false, ShapeKind.Text) is { Node: YamlScalarNode { Value.Length: > 0 } } english)
            Diagnostics.Warn(english, $"{what ?? What}.{englishKey}: English text without its Chinese companion '{chineseKey}'");
        return chinese;
    }

    public double? Number(string key, bool? required = null)
    {
        if (Read(key, required, ShapeKind.Number) is not { } at) return null;
        return ParseNumber(at, $"{What}.{key}");
    }

    public int? Integer(string key, bool? required = null)
    {
        if (Read(key, required, ShapeKind.Integer) is not { } at) return null;
        if (at.Node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return value;
        Diagnostics.Add(at, $"{What}.{key}: expected a whole number, got '{Text(at)}'");
        return null;
    }

    public bool? Boolean(string key, bool? required = null)
    {
        if (Read(key, required, ShapeKind.Boolean) is not { } at) return null;
        if (at.Node is YamlScalarNode { Value: "true" or "false" } scalar) return scalar.Value == "true";
        Diagnostics.Add(at, $"{What}.{key}: expected true or false, got '{Text(at)}'");
        return null;
    }

    /// <summary>One of the names of <typeparamref name="T"/>; read on the discriminator, a valid name selects its case.</summary>
    public T? Enum<T>(string key, bool? required = null) where T : struct, System.Enum
    {
        var names = EnumNames.All<T>();
        if (!names.SequenceEqual(Declared(key).Shape.Choices ?? [], StringComparer.Ordinal))
            throw new ProgrammingError($"'{Definition.Name}.{key}' is not declared as a choice of {typeof(T).Name}");
        if (Read(key, required, ShapeKind.Choice) is not { } at || TextOf(at, key) is not { } text) return null;
        foreach (var value in System.Enum.GetValues<T>())
            if (string.Equals(EnumNames.ToYaml(value), text, StringComparison.Ordinal))
            {
                if (key == Definition.Discriminator) _case = text;
                return value;
            }
        Diagnostics.Add(at, $"{What}.{key}: '{Quote.Text(text)}' is not one of {string.Join(", ", names)}");
        return null;
    }

    /// <summary>A local time of the battle: <c>1944-06-22T20:00</c>, or a date alone for midnight.</summary>
    public DateTime? Time(string key, bool? required = null)
    {
        if (Read(key, required, ShapeKind.Time) is not { } at) return null;
        return ParseTime(at, $"{What}.{key}");
    }

    public IReadOnlyList<Located> Sequence(string key, bool? required = null)
    {
        if (Read(key, required, ShapeKind.List) is not { } at) return [];
        return SequenceAt(at, key, Declared(key).Shape.Item?.Mapping);
    }

    private List<Located> SequenceAt(Located at, string key, MappingDefinition? items)
    {
        if (at.Node is YamlSequenceNode seq) return seq.Children.Select(c => new Located(at.File, c, items)).ToList();
        Diagnostics.Add(at, $"{What}.{key}: expected a list");
        return [];
    }

    /// <summary>A list of plain strings; a single string is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, Located At)> Strings(string key, bool? required = null)
    {
        if (Read(key, required, ShapeKind.Names) is not { } at) return [];
        if (at.Node is YamlScalarNode { Value: { } one }) return [(one, at)];
        var list = new List<(string, Located)>();
        foreach (var item in SequenceAt(at, key, null))
        {
            if (item.Node is YamlScalarNode { Value: { } text }) list.Add((text, item));
            else Diagnostics.Add(item, $"{What}.{key}: expected a list of names");
        }
        return list;
    }

    public MapReader? Map(string key, bool? required = null) =>
        Read(key, required, ShapeKind.Mapping) is { } at ? new MapReader(at, Diagnostics, $"{What}.{key}") : null;

    /// <summary>
    /// Reports every key of this mapping that its definition does not declare (for the case selected, if any), with
    /// the nearest declared key when one is close. A declared key left unread is a <see cref="ProgrammingError"/>.
    /// </summary>
    public void Finish()
    {
        var allowed = Definition.KeyNames(_case).ToList();
        foreach (var (name, field) in _fields)
        {
            if (Definition.Find(name, _case) is null)
            {
                var near = NearestKey.Of(name, allowed);
                Diagnostics.Add(new Located(field.File, field.Key),
                    $"{What}: unknown key '{Quote.Text(name)}'" + (near is null ? "" : $" (did you mean '{near}'?)"));
            }
            // With no case known (the discriminator is missing or wrong), the keys of the cases are left alone.
            else if (!_read.Contains(name) && (_case is not null || Definition.Discriminator is null))
                throw new ProgrammingError($"'{Definition.Name}' declares '{name}', but the reader of {What} did not read it");
        }
    }

    public double? ParseNumber(Located at, string what) => Scalars.Number(at, what, Diagnostics);

    public DateTime? ParseTime(Located at, string what) => Scalars.Time(at, what, Diagnostics);

    /// <summary>A node as a message shows it: a scalar's text (see <see cref="Quote.Text"/>), or the kind of node.</summary>
    internal static string Text(Located at) => Scalars.Shown(at);

    private Located? Read(string key, bool? required, params ShapeKind[] shapes)
    {
        var definition = Declared(key, shapes);
        var mustBeWritten = definition.Need switch
        {
            Need.Conditional => required ?? throw new ProgrammingError($"'{Definition.Name}.{key}' is required only in some cases; the reader must say whether here"),
            Need.Required => required ?? true,
            _ => required is true ? throw new ProgrammingError($"'{Definition.Name}.{key}' is optional in its definition but read as required") : false,
        };
        _read.Add(key);
        if (_fields.TryGetValue(key, out var field))
        {
            if (!IsNull(field.Value)) return Locate(field.File, field.Value, definition.Shape);
            if (definition.EmptyAllowed) return null;
        }
        if (mustBeWritten) Diagnostics.Add(At, $"{What}: missing required field '{key}'");
        return null;
    }

    private KeyDefinition Declared(string key, params ShapeKind[] shapes)
    {
        var definition = Definition.Find(key, _case)
            ?? throw new ProgrammingError($"'{Definition.Name}' declares no key '{key}'" + (_case is null ? "" : $" for '{_case}'"));
        if (shapes.Length > 0 && !shapes.Contains(definition.Shape.Kind))
            throw new ProgrammingError($"'{Definition.Name}.{key}' is declared as {definition.Shape.Kind}, but read as {string.Join(" or ", shapes)}");
        return definition;
    }

    private string? TextOf(Located at, string key)
    {
        if (at.Node is YamlScalarNode { Value: { } text }) return text;
        Diagnostics.Add(at, $"{What}.{key}: expected text");
        return null;
    }

    // A mapping (or the long form of a figure) carries its definition on to the reader made for it.
    private static Located Locate(string file, YamlNode node, Shape shape) =>
        new(file, node, shape.Kind is ShapeKind.Mapping or ShapeKind.Figure or ShapeKind.Arrival ? shape.Mapping : null);

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
