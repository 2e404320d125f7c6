namespace Siege.Cli.Infrastructure;

/// <summary>Writes arguments so that a shell reads them back as the same words (for the examples in the help).</summary>
internal static class ShellWords
{
    public static string Join(IEnumerable<string> args) => string.Join(' ', args.Select(Quote));

    /// <summary>
    /// A word with nothing a shell treats specially is written as it is; others go in double quotes, which bash, zsh,
    /// PowerShell and cmd all read alike as long as the word holds no quote, dollar, backtick or backslash; a word
    /// that does goes in single quotes (POSIX shells).
    /// </summary>
    public static string Quote(string arg)
    {
        if (arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=,+@%".Contains(c))) return arg;
        if (arg.IndexOfAny(['"', '$', '`', '\\']) < 0) return $"\"{arg}\"";
        return "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
