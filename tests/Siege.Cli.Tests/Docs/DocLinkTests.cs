using System.Text;
using System.Text.RegularExpressions;
using Siege.Cli.Tests.Help;

namespace Siege.Cli.Tests.Docs;

/// <summary>Every relative link in the README and the docs leads somewhere: the file exists, and so does the heading.</summary>
public sealed partial class DocLinkTests
{
    [Fact]
    public void Every_relative_link_and_anchor_resolves()
    {
        var root = CliRunner.RepositoryRoot();
        var broken = new List<string>();
        foreach (var file in DocCommandLines.Files(root))
        {
            var lines = File.ReadAllLines(Path.Combine(root, file));
            var inFence = false;
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
                if (inFence) continue;
                foreach (Match m in Link().Matches(lines[i]))
                {
                    var target = m.Groups["target"].Value;
                    if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                    if (Problem(root, file, target) is { } problem) broken.Add($"{file}:{i + 1}: ({target}) {problem}");
                }
            }
        }
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Anchors_follow_the_headings_as_GitHub_makes_them()
    {
        Assert.Equal("siege-run", Slug("`siege run`"));
        Assert.Equal("sources-and-licences", Slug("Sources and licences"));
        Assert.Equal("the-run-stores-tables", Slug("The run store's tables"));
        Assert.Equal("衡阳保卫战-1944", Slug("衡阳保卫战 1944"));
    }

    private static string? Problem(string root, string from, string target)
    {
        var hash = target.IndexOf('#');
        var path = hash < 0 ? target : target[..hash];
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        var resolved = path.Length == 0
            ? Path.Combine(root, from)
            : Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(from) ?? "", Uri.UnescapeDataString(path)));
        if (!File.Exists(resolved) && !Directory.Exists(resolved)) return "no such file";
        if (anchor is null || !resolved.EndsWith(".md", StringComparison.Ordinal)) return null;
        var headings = File.ReadAllLines(resolved).Where(l => l.StartsWith('#')).Select(l => Slug(l.TrimStart('#').Trim())).ToHashSet();
        return headings.Contains(anchor) ? null : $"no heading #{anchor} in {Path.GetRelativePath(root, resolved)}";
    }

    /// <summary>GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static string Slug(string heading)
    {
        var text = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_') text.Append(c);
            else if (c == ' ') text.Append('-');
        }
        return text.ToString();
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex Link();
}
