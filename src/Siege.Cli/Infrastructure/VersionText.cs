using System.Reflection;

namespace Siege.Cli.Infrastructure;

/// <summary>
/// What <c>siege --version</c> prints: the version and the commit it was built from. The .NET SDK's source-control
/// support (SourceLink, on by default) appends <c>+COMMIT</c> to the informational version when the build runs in a
/// git checkout; outside one (a source archive) there is no commit to name.
/// </summary>
internal static class VersionText
{
    /// <summary>A commit is named by its first 12 hex digits, as git itself abbreviates in large repositories.</summary>
    public const int ShortShaLength = 12;

    public static string Current => Of(typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");

    /// <summary><c>siege 1.0.0 (commit 611c871110a5)</c> from <c>1.0.0+611c871110a5e4913ffe…</c>; <c>commit unknown</c> without one.</summary>
    public static string Of(string informationalVersion)
    {
        var plus = informationalVersion.IndexOf('+');
        var version = plus < 0 ? informationalVersion : informationalVersion[..plus];
        var commit = plus < 0 ? "" : informationalVersion[(plus + 1)..];
        var shortSha = commit.Length > 0 && commit.All(char.IsAsciiHexDigit) ? commit[..Math.Min(ShortShaLength, commit.Length)] : "unknown";
        return $"siege {version} (commit {shortSha})";
    }
}
