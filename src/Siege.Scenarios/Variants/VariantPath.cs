using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Variants;

/// <summary>One step of a variant path: a mapping key, or a selection of list items.</summary>
internal abstract record PathStep
{
    public abstract string Text { get; }
}

/// <summary><c>name</c>: the value under that key of a mapping.</summary>
internal sealed record KeyStep(string Key) : PathStep
{
    public override string Text => Key;
}

/// <summary><c>[key=value]</c>: the list items that are mappings with that scalar under that key.</summary>
internal sealed record MatchStep(string Key, string Value) : PathStep
{
    public override string Text => $"[{Key}={Value}]";
}

/// <summary><c>[*]</c>: every item of a list.</summary>
internal sealed record AllStep : PathStep
{
    public override string Text => "[*]";
}

/// <summary><c>[3]</c>: one list item by its position, counted from 0.</summary>
internal sealed record IndexStep(int Index) : PathStep
{
    public override string Text => $"[{Index}]";
}

/// <summary>A parsed variant path such as <c>forces.defender.units[id=cn-3rd-div].units[*].strength</c>.</summary>
internal sealed record VariantPath(string Text, ImmutableArray<PathStep> Steps)
{
    /// <summary>The path, or null with the reason in <paramref name="error"/>.</summary>
    public static VariantPath? Parse(string text, out string error)
    {
        var steps = ImmutableArray.CreateBuilder<PathStep>();
        var i = 0;
        error = "";
        while (true)
        {
            // A segment is a key followed by any number of [..] selections; the first segment must start with a key.
            var key = new StringBuilder();
            while (i < text.Length && text[i] is not ('.' or '[' or ']')) key.Append(text[i++]);
            if (key.Length == 0 && (steps.Count == 0 || i >= text.Length || text[i] != '['))
                return Fail(out error, steps.Count == 0 ? "it must start with a key" : $"an empty key at character {i + 1}");
            if (key.Length > 0) steps.Add(new KeyStep(key.ToString()));
            while (i < text.Length && text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0) return Fail(out error, $"'[' at character {i + 1} is not closed");
                if (Selection(text[(i + 1)..close]) is not { } step)
                    return Fail(out error, $"'{Quote.Text(text[i..(close + 1)])}' is not [*], [n] or [key=value]");
                steps.Add(step);
                i = close + 1;
            }
            if (i >= text.Length) return new VariantPath(text, steps.ToImmutable());
            if (text[i] != '.') return Fail(out error, $"unexpected '{Quote.Text(text[i].ToString())}' at character {i + 1}");
            i++;
        }
    }

    private static PathStep? Selection(string inside)
    {
        if (inside == "*") return new AllStep();
        if (int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index)) return new IndexStep(index);
        var eq = inside.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 && eq < inside.Length - 1 ? new MatchStep(inside[..eq], inside[(eq + 1)..]) : null;
    }

    private static VariantPath? Fail(out string error, string reason)
    {
        error = reason;
        return null;
    }
}
