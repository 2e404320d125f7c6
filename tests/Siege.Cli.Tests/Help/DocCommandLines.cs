namespace Siege.Cli.Tests.Help;

/// <summary>A command line of siege written in the docs: where it is, as written, and the arguments siege receives.</summary>
public sealed record DocCommandLine(string File, int Line, string Text, IReadOnlyList<string> Args)
{
    public override string ToString() => $"{File}:{Line}: {Text}";
}

/// <summary>
/// Finds the siege command lines in the docs (README.md, CONTRIBUTING.md and every .md under docs/): lines in fenced
/// code blocks that start with <c>siege </c>, or with <c>dotnet run</c> on the project src/Siege.Cli, whose arguments
/// are those after <c>--</c>. A prompt (<c>$ </c>) is dropped and a line ending in a backslash is continued. Blocks
/// marked <c>text</c> hold output or a synopsis (<c>siege run [--seed N]</c>), not a command to type, and are skipped.
/// </summary>
internal static class DocCommandLines
{
    public static IEnumerable<string> Files(string root)
    {
        foreach (var top in new[] { "README.md", "CONTRIBUTING.md" })
            if (File.Exists(Path.Combine(root, top))) yield return top;
        var docs = Path.Combine(root, "docs");
        if (!Directory.Exists(docs)) yield break;
        foreach (var file in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return Path.GetRelativePath(root, file).Replace('\\', '/');
    }

    public static IEnumerable<DocCommandLine> In(string root) => Files(root).SelectMany(file => In(root, file));

    public static IEnumerable<DocCommandLine> In(string root, string file)
    {
        var lines = File.ReadAllLines(Path.Combine(root, file));
        string? fence = null;
        var indent = 0;
        var skipped = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (fence is null)
            {
                if (!trimmed.StartsWith("```", StringComparison.Ordinal) && !trimmed.StartsWith("~~~", StringComparison.Ordinal)) continue;
                fence = trimmed[..3];
                indent = lines[i].Length - trimmed.Length;
                skipped = trimmed.TrimStart(fence[0]).Trim() == "text";
                continue;
            }
            if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim() == new string(fence[0], trimmed.Trim().Length))
            {
                fence = null;
                continue;
            }
            if (skipped) continue;
            var start = i;
            var text = Unindent(lines[i], indent);
            while (text.EndsWith('\\') && i + 1 < lines.Length) text = text[..^1] + " " + Unindent(lines[++i], indent).Trim();
            if (text.StartsWith("$ ", StringComparison.Ordinal)) text = text[2..];
            if (Arguments(text) is { } args) yield return new DocCommandLine(file, start + 1, text.Trim(), args);
        }
    }

    /// <summary>The arguments siege receives from a line, or null if the line does not run siege.</summary>
    public static IReadOnlyList<string>? Arguments(string text)
    {
        if (text == "siege" || text.StartsWith("siege ", StringComparison.Ordinal)) return ShellLine.Split(text).Skip(1).ToList();
        if (!text.StartsWith("dotnet run", StringComparison.Ordinal)) return null;
        var words = ShellLine.Split(text);
        var separator = words.ToList().IndexOf("--");
        var before = separator < 0 ? words : words.Take(separator).ToList();
        var project = before.Zip(before.Skip(1)).FirstOrDefault(p => p.First is "--project" or "-p").Second;
        var path = project?.Replace('\\', '/').TrimEnd('/');
        if (path is not ("src/Siege.Cli" or "src/Siege.Cli/Siege.Cli.csproj")) return null;
        return separator < 0 ? [] : words.Skip(separator + 1).ToList();
    }

    private static string Unindent(string line, int indent)
    {
        var spaces = line.Length - line.TrimStart().Length;
        return line[Math.Min(indent, spaces)..];
    }
}
