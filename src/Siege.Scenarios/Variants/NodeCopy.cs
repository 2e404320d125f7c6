using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Variants;

/// <summary>
/// Copies YAML nodes with their marks moved. YamlDotNet offers no way to build a node with a given position, so the
/// copy replays the node as parser events through <see cref="YamlStream"/>: the new nodes carry whatever marks the
/// events carry.
/// </summary>
internal static class NodeCopy
{
    /// <summary>A deep copy of <paramref name="node"/> whose every mark went through <paramref name="move"/>.</summary>
    public static YamlNode Copy(YamlNode node, Func<Mark, Mark> move)
    {
        var events = new List<ParsingEvent>();
        Emit(node, move, events);
        return Load(events);
    }

    /// <summary>A plain scalar placed at <paramref name="at"/> (a key a variant adds to a mapping).</summary>
    public static YamlScalarNode Scalar(string value, Mark at) =>
        (YamlScalarNode)Load([new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, true, at, at)]);

    private static YamlNode Load(List<ParsingEvent> body)
    {
        var events = new List<ParsingEvent> { new StreamStart(), new DocumentStart() };
        events.AddRange(body);
        events.Add(new DocumentEnd(isImplicit: true));
        events.Add(new StreamEnd());
        var stream = new YamlStream();
        stream.Load(new Replay(events));
        return stream.Documents[0].RootNode;
    }

    private static void Emit(YamlNode node, Func<Mark, Mark> move, List<ParsingEvent> events)
    {
        var (start, end) = (move(node.Start), move(node.End));
        var implicitTag = node.Tag.IsEmpty;
        switch (node)
        {
            case YamlScalarNode s:
                events.Add(new Scalar(AnchorName.Empty, node.Tag, s.Value ?? "", s.Style, implicitTag, implicitTag, start, end));
                break;
            case YamlSequenceNode seq:
                events.Add(new SequenceStart(AnchorName.Empty, node.Tag, implicitTag, seq.Style, start, end));
                foreach (var child in seq.Children) Emit(child, move, events);
                events.Add(new SequenceEnd(end, end));
                break;
            case YamlMappingNode map:
                events.Add(new MappingStart(AnchorName.Empty, node.Tag, implicitTag, map.Style, start, end));
                foreach (var (key, value) in map.Children)
                {
                    Emit(key, move, events);
                    Emit(value, move, events);
                }
                events.Add(new MappingEnd(end, end));
                break;
            default:
                throw new InvalidOperationException($"cannot copy a YAML node of type {node.NodeType}");
        }
    }

    private sealed class Replay(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
