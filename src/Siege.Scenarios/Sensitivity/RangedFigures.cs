using System.Collections.Immutable;
using System.Globalization;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Sensitivity;

/// <summary>
/// Finds every figure with a range in a scenario's YAML, in file order, and writes the variant that moves one of them
/// to an end of its range. The variant path is built the way a person would write it: a list item by its <c>id</c>
/// where it has one that no sibling shares, otherwise by its position. An arrival with its range,
/// <c>{at, earliest, latest}</c>, is a figure in hours from the scenario's start.
/// </summary>
public static class RangedFigures
{
    /// <summary>The ranged figures of the scenario in <paramref name="files"/>; empty when the scenario does not load.</summary>
    public static IReadOnlyList<RangedFigure> Find(IScenarioFiles files)
    {
        var found = new List<RangedFigure>();
        ScenarioLoader.Load(files, (parts, _) =>
        {
            var start = parts.Select(p => p.Node).OfType<YamlMappingNode>().Select(top => Time(top, "start")).FirstOrDefault(t => t is not null);
            foreach (var part in parts)
                if (part.Node is YamlMappingNode top)
                    foreach (var (key, value) in top.Children)
                        if (key is YamlScalarNode { Value: { } name } && name != "include")
                            Walk(value, name, part.File, start, found);
        });
        return found;
    }

    /// <summary>
    /// Why <paramref name="path"/> does not name one figure with a range in the parsed files, or null when it does
    /// (a loader's check of a scenario's own list of figures, such as <c>calibration.joint.parameters</c>). A figure
    /// written as a value alone, or with a range of one point, passes: a variant (or a calibration's point) pins a
    /// figure so, and the scenario must still load; the calibration itself refuses a figure it finds without a range.
    /// </summary>
    internal static string? Problem(IReadOnlyList<Located> parts, string path)
    {
        if (Variants.VariantPath.Parse(path, out var error) is not { } parsed) return $"is not a path: {error}";
        var slots = Variants.PathSelector.Select(parts, parsed, allowNewKey: false, out var reason);
        if (slots.Count != 1) return slots.Count == 0 ? $"selects nothing: {reason}" : $"selects {slots.Count} places, not one figure";
        return slots[0].Node switch
        {
            YamlScalarNode => null,
            YamlMappingNode map when Child(map, "value") is not null || Child(map, "at") is not null => null,
            _ => "is not a figure with a range ({value, min, max} or an arrival {at, earliest, latest})",
        };
    }

    private static void Walk(YamlNode node, string path, string file, DateTime? start, List<RangedFigure> found)
    {
        switch (node)
        {
            case YamlMappingNode map when (AsFigure(map, path, file) ?? AsArrival(map, path, file, start)) is { } figure:
                found.Add(figure);
                break;
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                    if (key is YamlScalarNode { Value: { } name } && IsPlainKey(name))
                        Walk(value, $"{path}.{name}", file, start, found);
                break;
            case YamlSequenceNode list:
                var ids = list.Children.Select(IdOf).ToList();
                for (var i = 0; i < list.Children.Count; i++)
                {
                    var id = ids[i];
                    var step = id is not null && IsPlainKey(id) && ids.Count(x => x == id) == 1 ? $"[id={id}]" : $"[{i}]";
                    Walk(list.Children[i], path + step, file, start, found);
                }
                break;
        }
    }

    private static RangedFigure? AsFigure(YamlMappingNode map, string path, string file)
    {
        if (Number(map, "value") is not { } value || Number(map, "min") is not { } min || Number(map, "max") is not { } max) return null;
        if (!(min <= value && value <= max && min < max)) return null;
        var whole = new[] { "value", "min", "max" }.All(key => IsWholeNumber(Child(map, key)));
        return new RangedFigure(path, value, min, max, Sources(map), file, (int)map.Start.Line, Whole: whole);
    }

    /// <summary>An arrival written with its range, <c>{at, earliest, latest}</c>, in hours from the scenario's start.</summary>
    private static RangedFigure? AsArrival(YamlMappingNode map, string path, string file, DateTime? start)
    {
        if (start is not { } origin || Time(map, "at") is not { } at || Time(map, "earliest") is not { } earliest || Time(map, "latest") is not { } latest)
            return null;
        var (value, low, high) = ((at - origin).TotalHours, (earliest - origin).TotalHours, (latest - origin).TotalHours);
        if (!(low <= value && value <= high && low < high)) return null;
        return new RangedFigure(path, value, low, high, Sources(map), file, (int)map.Start.Line, origin, Whole: true);
    }

    private static ImmutableArray<string> Sources(YamlMappingNode map) => Child(map, "source") switch
    {
        YamlScalarNode { Value: { } one } => [one],
        YamlSequenceNode many => many.Children.OfType<YamlScalarNode>().Select(s => s.Value).OfType<string>().ToImmutableArray(),
        _ => ImmutableArray<string>.Empty,
    };

    /// <summary>A local time as the scenario format writes it (a time, or a date alone for midnight).</summary>
    private static DateTime? Time(YamlMappingNode map, string key) =>
        Child(map, key) is YamlScalarNode { Value: { } text }
        && DateTime.TryParseExact(text, Scalars.TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    private static string? IdOf(YamlNode item) => item is YamlMappingNode map && Child(map, "id") is YamlScalarNode { Value: { } id } ? id : null;

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: var k } && k == key).Value;

    private static double? Number(YamlMappingNode map, string key) =>
        Child(map, key) is YamlScalarNode { Value: { } text }
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)
            ? x
            : null;

    private static bool IsWholeNumber(YamlNode? node) =>
        node is YamlScalarNode { Value: { } text } && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    // A key or id that a variant path can name: the path syntax gives '.', '[', ']' and '=' their own meaning.
    private static bool IsPlainKey(string text) => text.Length > 0 && text.IndexOfAny(['.', '[', ']', '=']) < 0;
}
