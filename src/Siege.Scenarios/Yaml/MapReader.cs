using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping by name, reporting wrong types and missing required fields, and at
/// <see cref="Finish"/> every key that was never asked for (an unknown key).
/// </summary>
internal sealed class MapReader
{
    private readonly Dictionary<string, (string File, YamlScalarNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public MapReader(Located at, Diagnostics diagnostics, string what)
        : this([at], diagnostics, what)
    {
    }

    /// <summary>Reads several mappings as one (a scenario's files); a key may appear in only one of them.</summary>
    public MapReader(IReadOnlyList<Located> parts, Diagnostics diagnostics, string what)
    {
        At = parts[0];
        Diagnostics = diagnostics;
        What = what;
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

    public bool Has(string key) => _fields.TryGetValue(key, out var f) && !IsNull(f.Value);

    public Located? Node(string key, bool required = false)
    {
        _read.Add(key);
        if (_fields.TryGetValue(key, out var field) && !IsNull(field.Value)) return new Located(field.File, field.Value);
        if (required) Diagnostics.Add(At, $"{What}: missing required field '{key}'");
        return null;
    }

    public string? String(string key, bool required = false)
    {
        if (Node(key, required) is not { } at) return null;
        if (at.Node is YamlScalarNode { Value: { } text }) return text;
        Diagnostics.Add(at, $"{What}.{key}: expected text");
        return null;
    }

    /// <summary>
    /// The Chinese companion of a free text written in English (<c>roleZh</c> beside <c>role</c>). Without it the
    /// Chinese side of the viewer and the report can only show the English, so its absence beside an English text is
    /// a warning, at the English text; <paramref name="what"/> names the mapping where <see cref="What"/> is too vague.
    /// </summary>
    public string? ChineseFor(string englishKey, string chineseKey, string? what = null)
    {
        var chinese = String(chineseKey);
        if (chinese is null && Node(englishKey) is { Node: YamlScalarNode { Value.Length: > 0 } } english)
            Diagnostics.Warn(english, $"{what ?? What}.{englishKey}: English text without its Chinese companion '{chineseKey}'");
        return chinese;
    }

    public double? Number(string key, bool required = false)
    {
        if (Node(key, required) is not { } at) return null;
        return ParseNumber(at, $"{What}.{key}");
    }

    public int? Integer(string key, bool required = false)
    {
        if (Node(key, required) is not { } at) return null;
        if (at.Node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return value;
        Diagnostics.Add(at, $"{What}.{key}: expected a whole number, got '{Text(at)}'");
        return null;
    }

    public bool? Boolean(string key)
    {
        if (Node(key) is not { } at) return null;
        if (at.Node is YamlScalarNode { Value: "true" or "false" } scalar) return scalar.Value == "true";
        Diagnostics.Add(at, $"{What}.{key}: expected true or false, got '{Text(at)}'");
        return null;
    }

    public T? Enum<T>(string key, bool required = false) where T : struct, System.Enum
    {
        if (String(key, required) is not { } text) return null;
        foreach (var value in System.Enum.GetValues<T>())
            if (string.Equals(EnumNames.ToYaml(value), text, StringComparison.Ordinal)) return value;
        Diagnostics.Add(Node(key)!.Value, $"{What}.{key}: '{Quote.Text(text)}' is not one of {string.Join(", ", System.Enum.GetValues<T>().Select(v => EnumNames.ToYaml(v)))}");
        return null;
    }

    /// <summary>A local time of the battle: <c>1944-06-22T20:00</c>, or a date alone for midnight.</summary>
    public DateTime? Time(string key, bool required = false)
    {
        if (Node(key, required) is not { } at) return null;
        return ParseTime(at, $"{What}.{key}");
    }

    public IReadOnlyList<Located> Sequence(string key, bool required = false)
    {
        if (Node(key, required) is not { } at) return [];
        return SequenceAt(at, key);
    }

    private IReadOnlyList<Located> SequenceAt(Located at, string key)
    {
        if (at.Node is YamlSequenceNode seq) return seq.Children.Select(c => new Located(at.File, c)).ToList();
        Diagnostics.Add(at, $"{What}.{key}: expected a list");
        return [];
    }

    /// <summary>A list of plain strings; a single string is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, Located At)> Strings(string key)
    {
        if (Node(key) is not { } at) return [];
        if (at.Node is YamlScalarNode { Value: { } one }) return [(one, at)];
        var list = new List<(string, Located)>();
        foreach (var item in SequenceAt(at, key))
        {
            if (item.Node is YamlScalarNode { Value: { } text }) list.Add((text, item));
            else Diagnostics.Add(item, $"{What}.{key}: expected a list of names");
        }
        return list;
    }

    public MapReader? Map(string key, bool required = false) =>
        Node(key, required) is { } at ? new MapReader(at, Diagnostics, $"{What}.{key}") : null;

    /// <summary>Reports every key of this mapping that no reader asked for.</summary>
    public void Finish()
    {
        foreach (var (name, field) in _fields)
            if (!_read.Contains(name))
                Diagnostics.Add(new Located(field.File, field.Key), $"{What}: unknown key '{Quote.Text(name)}'");
    }

    public double? ParseNumber(Located at, string what)
    {
        if (at.Node is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
            return value;
        Diagnostics.Add(at, $"{what}: expected a number, got '{Text(at)}'");
        return null;
    }

    public DateTime? ParseTime(Located at, string what)
    {
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];
        if (at.Node is YamlScalarNode { Value: { } text }
            && DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        Diagnostics.Add(at, $"{what}: expected a local time like 1944-06-22T20:00, got '{Text(at)}'");
        return null;
    }

    /// <summary>A node as a message shows it: a scalar's text (see <see cref="Quote.Text"/>), or the kind of node.</summary>
    internal static string Text(Located at) => at.Node is YamlScalarNode { Value: { } text } ? Quote.Text(text) : at.Node.NodeType.ToString().ToLowerInvariant();

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
