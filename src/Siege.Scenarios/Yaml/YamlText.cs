using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Yaml;

/// <summary>
/// Parses the text of one YAML file into its first document, turning every way YamlDotNet can fail into one
/// diagnostic at a line and column that exist in the file.
/// </summary>
internal static class YamlText
{
    /// <summary>The root node of the file's first document, or null after reporting why there is none.</summary>
    public static Located? Parse(string file, string text, Diagnostics diagnostics)
    {
        diagnostics.Parsed(file, text);
        if (text.IndexOf('\uFFFD', StringComparison.Ordinal) is >= 0 and var bad)
        {
            // Bytes that are not UTF-8 are read as U+FFFD, and the text would load with them: a name would lose its
            // characters without a word. No scenario has a use for U+FFFD itself, so it is taken as such bytes.
            var (line, column) = Place(text, bad);
            diagnostics.Add(file, line, column, "not valid UTF-8: bytes here are not UTF-8 text (they read as U+FFFD); save the file as UTF-8");
            return null;
        }
        var scanner = new Scanner(new StringReader(text));
        try
        {
            var stream = new YamlStream();
            stream.Load(new NoAliases(new Parser(scanner)));
            // A document marker with nothing after it ("---") holds an empty scalar: the file is as empty as one without.
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or null, Tag.IsEmpty: true })
            {
                diagnostics.Add(file, 1, 1, "the file is empty");
                return null;
            }
            return new Located(file, stream.Documents[0].RootNode);
        }
        catch (YamlException e)
        {
            var (line, column) = TabAt(text, e) ?? ((int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Add(file, line, column, $"not valid YAML: {Describe(e)}");
            return null;
        }
        catch (AliasFound alias)
        {
            diagnostics.Add(file, (int)alias.Start.Line, (int)alias.Start.Column,
                $"the alias '*{Quote.Text(alias.Name)}' is not supported: scenario and variant files write every value out where it is used");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unterminated flow collections; where it stopped is the place to look.
            var stopped = scanner.CurrentPosition;
            diagnostics.Add(file, (int)stopped.Line, (int)stopped.Column, "not valid YAML: an unterminated '{' or '[' collection");
            return null;
        }
    }

    /// <summary>
    /// A place YamlDotNet reports, kept inside the text. At the end of a file that does not end with a line break the
    /// parser stands at the start of a line that is not there, and a missing node at the very end (an empty document,
    /// a list item with nothing after its dash) is placed there: the end of the last line is where to look.
    /// Any other place is returned as it is: a node a variant inserted stands far past the end on purpose.
    /// </summary>
    internal static (int Line, int Column) AtEnd(string text, long line, long column)
    {
        var lengths = LineLengths(text);
        return line == lengths.Count + 1 ? (lengths.Count, lengths[^1] + 1) : ((int)line, (int)column);
    }

    /// <summary>
    /// Where the tab is, for YamlDotNet's "found invalid tab as indentation", which it reports at 1:1 whatever the
    /// line: the first line indented with a tab. Null for any other error, or when the place reported has the tab.
    /// </summary>
    private static (int Line, int Column)? TabAt(string text, YamlException e)
    {
        if (!Describe(e).Contains("tab", StringComparison.Ordinal)) return null;
        var lines = text.Split('\n');
        if (e.Start.Line <= lines.Length && lines[e.Start.Line - 1].Contains('\t', StringComparison.Ordinal)) return null;
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].IndexOf('\t', 0, indent) is >= 0 and var tab) return (i + 1, tab + 1);
        }
        return null;
    }

    /// <summary>The line and column (from 1) of the character at <paramref name="index"/>, lines broken as in <see cref="LineLengths"/>.</summary>
    private static (int Line, int Column) Place(string text, int index)
    {
        var lengths = LineLengths(text[..index]);
        return (lengths.Count, lengths[^1] + 1);
    }

    /// <summary>The length of each line, broken where YAML breaks lines: CR LF, CR, LF, and NEL, LS and PS.</summary>
    private static List<int> LineLengths(string text)
    {
        var lengths = new List<int>();
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029'))
            {
                length++;
                continue;
            }
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            lengths.Add(length);
            length = 0;
        }
        lengths.Add(length);
        return lengths;
    }

    // YamlDotNet prefixes its messages with the position, which ours carries already, and sometimes doubles a space.
    private static string Describe(YamlException e)
    {
        var message = (e.InnerException as YamlException ?? e).Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && close > 0) message = message[(close + 3)..];
        return string.Join(' ', message.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
