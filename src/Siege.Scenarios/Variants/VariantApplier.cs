using System.Globalization;
using Siege.Scenarios.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Variants;

/// <summary>
/// Applies a variant's changes, in order, to a scenario's parsed YAML before the scenario reader sees it; every change
/// is checked against the scenario here (a path that selects nothing, an op on the wrong kind of node).
/// </summary>
internal static class VariantApplier
{
    /// <summary>
    /// Lines of nodes a variant inserts are moved down by this much, so a problem the scenario reader later finds in
    /// one can be told apart from the scenario's own nodes and sent back to the variant file.
    /// </summary>
    public const int InsertedLineOffset = 100_000_000;


    public static void Apply(VariantDocument variant, IReadOnlyList<Located> parts, Diagnostics diagnostics)
    {
        CheckSources(variant, parts, diagnostics);
        foreach (var change in variant.Changes)
        {
            var slots = PathSelector.Select(parts, change.Path, allowNewKey: change.Op == ChangeOp.Set, out var reason);
            if (slots.Count == 0)
            {
                diagnostics.Add(change.PathAt, $"{change.What}.path: '{Quote.Text(change.Path.Text)}' selects nothing: {reason}");
                continue;
            }
            foreach (var slot in slots)
                if (Apply(change, slot) is { } problem)
                    diagnostics.Add(change.At, $"{change.What}: cannot {change.Op.ToString().ToLowerInvariant()} '{Quote.Text(slot.Path)}': {problem}");
        }
    }

    public static Mark Inserted(Mark mark) => new(mark.Index, mark.Line + InsertedLineOffset, mark.Column);

    private static void CheckSources(VariantDocument variant, IReadOnlyList<Located> parts, Diagnostics diagnostics)
    {
        var known = parts.Select(p => p.Node).OfType<YamlMappingNode>()
            .SelectMany(m => m.Children.Where(e => e.Key is YamlScalarNode { Value: "sources" }).Select(e => e.Value))
            .OfType<YamlSequenceNode>()
            .SelectMany(s => s.Children.OfType<YamlMappingNode>())
            .SelectMany(m => m.Children.Where(e => e.Key is YamlScalarNode { Value: "id" }).Select(e => e.Value))
            .OfType<YamlScalarNode>()
            .Select(s => s.Value)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (key, at) in variant.SourceKeys)
            if (!known.Contains(key)) diagnostics.Add(at, $"variant.source: unknown source '{Quote.Text(key)}' (not in the scenario's sources list)");
    }

    /// <summary>Applies one change to one slot; the reason it cannot, or null.</summary>
    private static string? Apply(VariantChange change, Slot slot)
    {
        switch (change.Op)
        {
            case ChangeOp.Set:
                var value = NodeCopy.Copy(change.Value!, Inserted);
                if (slot.Node is null)
                {
                    var name = ((KeyStep)change.Path.Steps[^1]).Key;
                    ((YamlMappingNode)slot.Container).Children.Add(NodeCopy.Scalar(name, Inserted(change.PathAt.Node.Start)), value);
                }
                else Replace(slot, value);
                return null;
            case ChangeOp.Remove:
                if (slot.Container is YamlMappingNode map) map.Children.Remove(slot.Key!);
                else ((YamlSequenceNode)slot.Container).Children.RemoveAt(IndexIn((YamlSequenceNode)slot.Container, slot.Node!));
                return null;
            case ChangeOp.Add:
                if (slot.Node is not YamlSequenceNode list) return $"it is {PathSelector.Describe(slot.Node!)}, not a list";
                list.Add(NodeCopy.Copy(change.Value!, Inserted));
                return null;
            case ChangeOp.Scale:
                return Scale(slot.Node!, change.By!.Value);
            default:
                return Shift(slot.Node!, change.Hours!.Value);
        }
    }

    private static void Replace(Slot slot, YamlNode value)
    {
        if (slot.Container is YamlMappingNode map) map.Children[slot.Key!] = value;
        else
        {
            var list = (YamlSequenceNode)slot.Container;
            list.Children[IndexIn(list, slot.Node!)] = value;
        }
    }

    // By reference: YAML nodes compare by content, and a list may hold two equal items.
    private static int IndexIn(YamlSequenceNode list, YamlNode item)
    {
        for (var i = 0; i < list.Children.Count; i++)
            if (ReferenceEquals(list.Children[i], item)) return i;
        throw new InvalidOperationException("a selected list item is no longer in its list");
    }

    /// <summary>Multiplies a number, or the value and range of a figure mapping (its source and note stay).</summary>
    private static string? Scale(YamlNode node, double by)
    {
        if (node is YamlScalarNode scalar)
            return NumberIn(scalar) is { } number ? ScaleScalar(scalar, number, by) : $"it is {PathSelector.Describe(node)}, not a number";
        if (node is not YamlMappingNode figure || Field(figure, "value") is not { } value || NumberIn(value) is not { } v)
            return $"it is {PathSelector.Describe(node)}, not a number or a figure {{value, min, max}}";
        if (ScaleScalar(value, v, by) is { } problem) return problem;
        foreach (var key in new[] { "min", "max" })
        {
            if (Field(figure, key) is not { } bound) continue;
            if (NumberIn(bound) is not { } b) return $"its {key} is {PathSelector.Describe(bound)}, not a number";
            if (ScaleScalar(bound, b, by) is { } outOfRange) return outOfRange;
        }
        return null;
    }

    private static double? NumberIn(YamlScalarNode scalar) =>
        double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>
    /// Writes number × by into the scalar, or says why not: a product past the largest double would be written as
    /// "Infinity", which the scenario reader would then reject at the scenario's line, far from the variant's fault.
    /// </summary>
    private static string? ScaleScalar(YamlScalarNode scalar, double number, double by)
    {
        var scaled = number * by;
        if (!double.IsFinite(scaled))
            return $"{Quote.Text(scalar.Value ?? "")} times {Quote.Number(by)} is not a finite number";
        scalar.Value = scaled.ToString("R", CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>
    /// Moves a local time by whole hours, written as it was (a date alone stays one when it can); or an arrival
    /// written with its range, whose at, earliest and latest move together (the outcome it was inferred from stays).
    /// </summary>
    private static string? Shift(YamlNode node, int hours)
    {
        if (node is YamlMappingNode arrival && Field(arrival, "at") is not null)
        {
            foreach (var key in new[] { "at", "earliest", "latest" })
                if (Field(arrival, key) is { } time && ShiftTime(time, hours) is { } problem) return $"its {key}: {problem}";
            return null;
        }
        return ShiftTime(node, hours);
    }

    private static string? ShiftTime(YamlNode node, int hours)
    {
        if (node is not YamlScalarNode { Value: { } text } scalar
            || !DateTime.TryParseExact(text, Scalars.TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return $"it is {PathSelector.Describe(node)}, not a local time like 1944-07-30T00:00";
        // DateTime.AddHours throws past the years 1-9999; in 128 bits the sum cannot overflow first.
        var ticks = (Int128)time.Ticks + (Int128)hours * TimeSpan.TicksPerHour;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            return $"{Quote.Text(text)} moved by {hours} hours falls outside the years 1 to 9999";
        var format = Scalars.TimeFormats.First(f => DateTime.TryParseExact(text, f, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        var shifted = time.AddHours(hours);
        if (format == "yyyy-MM-dd" && shifted.TimeOfDay != TimeSpan.Zero) format = Scalars.TimeFormats[0];
        scalar.Value = shifted.ToString(format, CultureInfo.InvariantCulture);
        return null;
    }

    private static YamlScalarNode? Field(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode { Value: { } name } && name == key) return v as YamlScalarNode;
        return null;
    }
}
