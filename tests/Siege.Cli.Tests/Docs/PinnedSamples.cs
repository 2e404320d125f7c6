using Siege.Cli.Tests.Help;

namespace Siege.Cli.Tests.Docs;

/// <summary>
/// A sample of siege's output shown in the docs: a line <c>&lt;!-- pinned: siege ARGS --&gt;</c> followed by a fenced
/// <c>text</c> block. The block may leave lines out where it has a line of its own holding only <c>…</c>; every run
/// of lines between such marks must appear, in order and unbroken, in what the command prints today.
/// </summary>
public sealed record PinnedSample(string File, int Line, IReadOnlyList<string> Args, IReadOnlyList<IReadOnlyList<string>> Chunks)
{
    public const string Marker = "<!-- pinned: siege ";
    public const string Elision = "…";

    public override string ToString() => $"{File}:{Line}: siege {string.Join(' ', Args)}";

    public static IEnumerable<PinnedSample> In(string root) =>
        DocCommandLines.Files(root).SelectMany(file => In(root, file));

    public static IEnumerable<PinnedSample> In(string root, string file)
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(root, file));
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (!text.StartsWith(Marker, StringComparison.Ordinal)) continue;
            if (!text.EndsWith("-->", StringComparison.Ordinal))
                throw new FormatException($"{file}:{i + 1}: a pinned-sample marker must end with --> on the same line");
            var args = ShellLine.Split(text[(Marker.Length - "siege ".Length)..^3].Trim()).Skip(1).ToList();
            if (i + 1 >= lines.Length || lines[i + 1].Trim() != "```text")
                throw new FormatException($"{file}:{i + 1}: a pinned-sample marker must be followed by a ```text block");
            var chunks = new List<IReadOnlyList<string>>();
            var chunk = new List<string>();
            var j = i + 2;
            for (; j < lines.Length && lines[j].Trim() != "```"; j++)
            {
                if (lines[j].Trim() == Elision)
                {
                    if (chunk.Count > 0) chunks.Add(chunk);
                    chunk = [];
                }
                else chunk.Add(lines[j].TrimEnd());
            }
            if (j == lines.Length) throw new FormatException($"{file}:{i + 2}: the sample's block is never closed");
            if (chunk.Count > 0) chunks.Add(chunk);
            yield return new PinnedSample(file, i + 1, args, chunks);
            i = j;
        }
    }

    /// <summary>The first chunk that is not found, in order, in <paramref name="output"/>; null if every one is.</summary>
    public IReadOnlyList<string>? FirstMissingChunk(string output)
    {
        var printed = output.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        var from = 0;
        foreach (var chunk in Chunks)
        {
            var at = IndexOf(printed, chunk, from);
            if (at < 0) return chunk;
            from = at + chunk.Count;
        }
        return null;
    }

    private static int IndexOf(List<string> lines, IReadOnlyList<string> chunk, int from)
    {
        for (var i = from; i + chunk.Count <= lines.Count; i++)
            if (chunk.Select((line, k) => lines[i + k] == line).All(same => same)) return i;
        return -1;
    }
}
