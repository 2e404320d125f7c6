using Siege.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Variants;

/// <summary>
/// A place a path selected: the node, and the mapping (with the key) or list it sits in, so that it can be replaced
/// or removed. <see cref="Node"/> is null only for a key that <c>set</c> will add to <see cref="Container"/>.
/// </summary>
internal sealed record Slot(YamlNode Container, YamlNode? Key, YamlNode? Node, string Path);

/// <summary>Finds what a variant path selects in a scenario's parsed files, which together form one top-level mapping.</summary>
internal static class PathSelector
{
    /// <summary>
    /// Every slot the path selects, in file order; when there is none, <paramref name="reason"/> says where the path
    /// stopped matching. With <paramref name="allowNewKey"/> a missing last key of a mapping is selected too.
    /// </summary>
    public static List<Slot> Select(IReadOnlyList<Located> parts, VariantPath path, bool allowNewKey, out string reason)
    {
        reason = "";
        var first = ((KeyStep)path.Steps[0]).Key;
        var current = new List<Slot>();
        foreach (var part in parts)
            if (part.Node is YamlMappingNode top && Find(top, first) is { } entry)
                current.Add(new Slot(top, entry.Key, entry.Value, first));
        if (current.Count == 0)
        {
            reason = path.Steps.Length == 1 && allowNewKey
                ? "a variant cannot add a top-level section"
                : $"the scenario has no section '{Quote.Text(first)}'";
            return current;
        }

        for (var i = 1; i < path.Steps.Length; i++)
        {
            var last = i == path.Steps.Length - 1;
            var next = new List<Slot>();
            foreach (var slot in current)
                next.AddRange(Step(slot, path.Steps[i], allowNewKey && last, ref reason));
            current = next;
            if (current.Count == 0) return current;
        }
        return current;
    }

    private static IEnumerable<Slot> Step(Slot slot, PathStep step, bool allowNewKey, ref string reason)
    {
        var node = slot.Node!;
        if (step is KeyStep key)
        {
            if (node is not YamlMappingNode map)
            {
                reason = $"'{Quote.Text(slot.Path)}' is {Describe(node)}, not a mapping";
                return [];
            }
            if (Find(map, key.Key) is { } entry) return [new Slot(map, entry.Key, entry.Value, $"{slot.Path}.{key.Key}")];
            if (allowNewKey) return [new Slot(map, null, null, $"{slot.Path}.{key.Key}")];
            reason = $"'{Quote.Text(slot.Path)}' has no key '{Quote.Text(key.Key)}'";
            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            reason = $"'{Quote.Text(slot.Path)}' is {Describe(node)}, not a list";
            return [];
        }
        var items = seq.Children.Select((item, index) => new Slot(seq, null, item, $"{slot.Path}[{index}]")).ToList();
        switch (step)
        {
            case IndexStep index:
                if (index.Index < items.Count) return [items[index.Index]];
                reason = $"'{Quote.Text(slot.Path)}' has {items.Count} items";
                return [];
            case MatchStep match:
                var matched = items.Where(s => s.Node is YamlMappingNode m && Find(m, match.Key)?.Value is YamlScalarNode { Value: { } v } && v == match.Value)
                    .Select(s => s with { Path = $"{slot.Path}{match.Text}" })
                    .ToList();
                if (matched.Count == 0) reason = $"no item of '{Quote.Text(slot.Path)}' has {Quote.Text(match.Key)}: {Quote.Text(match.Value)}";
                return matched;
            default:
                if (items.Count == 0) reason = $"'{Quote.Text(slot.Path)}' is an empty list";
                return items;
        }
    }

    internal static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } text } => $"the text '{Quote.Text(text)}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "empty",
    };

    private static KeyValuePair<YamlNode, YamlNode>? Find(YamlMappingNode map, string key)
    {
        foreach (var entry in map.Children)
            if (entry.Key is YamlScalarNode { Value: { } name } && name == key) return entry;
        return null;
    }
}
