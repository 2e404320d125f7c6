using System.Text;

namespace Siege.Cli.Tests.Help;

/// <summary>
/// Splits a command line into the words a POSIX shell would pass to the program: quotes and backslashes as the shell
/// reads them, and nothing from a redirection (<c>&gt; run.json</c>, <c>2&gt;&amp;1</c>), a pipe or list operator
/// (<c>|</c>, <c>;</c>, <c>&amp;&amp;</c>) onwards, or a comment (<c># …</c> at the start of a word) onwards.
/// Variables and globs are left as written: the docs use neither in the arguments they give siege.
/// </summary>
internal static class ShellLine
{
    public static IReadOnlyList<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var skipNextWord = false;
        void End()
        {
            if (!inWord) return;
            if (skipNextWord) skipNextWord = false;
            else words.Add(word.ToString());
            word.Clear();
            inWord = false;
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                End();
                continue;
            }
            if (c == '#' && !inWord) break;
            if (c is '|' or ';' or '&' && !(c == '&' && i > 0 && line[i - 1] == '>')) break;
            if (c is '>' or '<')
            {
                // A file descriptor written just before the operator (2>) belongs to the redirection.
                if (inWord && word.ToString().All(char.IsAsciiDigit)) (word, inWord) = (word.Clear(), false);
                End();
                while (i + 1 < line.Length && line[i + 1] is '>' or '&') i++;
                // ">&1" names a descriptor, not a file; "> file" takes the next word.
                if (i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]) && line[i] == '&') i++;
                else skipNextWord = true;
                continue;
            }
            inWord = true;
            switch (c)
            {
                case '\\' when i + 1 < line.Length:
                    word.Append(line[++i]);
                    break;
                case '\'':
                    var close = line.IndexOf('\'', i + 1);
                    if (close < 0) throw new FormatException($"unclosed ' in: {line}");
                    word.Append(line, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    for (i++; ; i++)
                    {
                        if (i >= line.Length) throw new FormatException($"unclosed \" in: {line}");
                        if (line[i] == '"') break;
                        // Inside double quotes a backslash escapes only these.
                        if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$' or '`') i++;
                        word.Append(line[i]);
                    }
                    break;
                default:
                    word.Append(c);
                    break;
            }
        }
        End();
        return words;
    }
}
