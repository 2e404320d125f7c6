using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Siege.Scenarios.Yaml;

/// <summary>
/// Hands YamlDotNet's parser events on until the first alias (<c>*name</c>), and there stops the load. An alias makes
/// two places share one node: one inside its own anchor (<c>&amp;a [*a]</c>) made a node that contains itself, and
/// every reader that walks the tree recursed until the process died of a stack overflow; nested aliases multiply a
/// few lines into millions of nodes; and a variant that edits a shared node edits every place at once. No scenario
/// or variant needs them, so they are refused where they are written.
/// </summary>
internal sealed class NoAliases(IParser parser) : IParser
{
    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        var more = parser.MoveNext();
        if (parser.Current is AnchorAlias alias) throw new AliasFound(alias);
        return more;
    }
}

/// <summary>Thrown by <see cref="NoAliases"/> at the first alias, with where it is written.</summary>
internal sealed class AliasFound(AnchorAlias alias) : Exception($"alias '*{alias.Value}'")
{
    public Mark Start { get; } = alias.Start;

    public string Name { get; } = alias.Value.Value;
}
