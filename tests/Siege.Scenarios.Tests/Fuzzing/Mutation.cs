using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace Siege.Scenarios.Tests.Fuzzing;

/// <summary>What a mutation does to one file.</summary>
internal enum MutationKind
{
    DeleteLine,
    DuplicateLine,
    SwapLines,
    Truncate,
    InsertBytes,
    InsertToken,
    ReplaceValue,
    ReplaceNumber,
    RenameKey,
    BreakReference,
    EmptyFile,
}

/// <summary>
/// One edit of one file, drawn before it is known what the file holds: <see cref="A"/> and <see cref="B"/> pick a line,
/// a byte or a match (modulo how many there are), <see cref="Pick"/> a token. <see cref="Apply"/> resolves them against
/// the file and says in plain words what it did, so a failing case can be read and replayed by hand.
/// </summary>
internal sealed record Mutation(MutationKind Kind, int File, uint A, uint B, int Pick, byte[] Bytes)
{
    /// <summary>The kinds of edit and how often each is drawn: the structured ones more often than raw bytes.</summary>
    private static readonly Gen<MutationKind> KindGen = CsCheck.Gen.Frequency(
        (3, MutationKind.DeleteLine),
        (3, MutationKind.DuplicateLine),
        (2, MutationKind.SwapLines),
        (1, MutationKind.Truncate),
        (2, MutationKind.InsertBytes),
        (3, MutationKind.InsertToken),
        (3, MutationKind.ReplaceValue),
        (4, MutationKind.ReplaceNumber),
        (2, MutationKind.RenameKey),
        (3, MutationKind.BreakReference),
        (1, MutationKind.EmptyFile));

    /// <summary>A mutation of one of <paramref name="fileCount"/> files; <paramref name="tokens"/> is how many tokens there are to pick from.</summary>
    public static Gen<Mutation> Generator(int fileCount, int tokens) =>
        CsCheck.Gen.Select(KindGen, CsCheck.Gen.Int[0, fileCount - 1], CsCheck.Gen.UInt, CsCheck.Gen.UInt, CsCheck.Gen.Int[0, tokens - 1],
            CsCheck.Gen.Byte.Array[1, 6], (kind, file, a, b, pick, bytes) => new Mutation(kind, file, a, b, pick, bytes));

    private static readonly Regex NumberValue = new(@"(?<=(:|-|\[|,)[ ]+)-?[0-9][0-9_.eE+-]*(?=[ ]*($|,|\]|\}|#))", RegexOptions.Multiline);
    private static readonly Regex Key = new(@"(?<=^[ ]*(- )?|[{,][ ]*)[A-Za-z][A-Za-z0-9]*(?=:[ \r\n])", RegexOptions.Multiline);
    private static readonly Regex Value = new(@"(?<=[A-Za-z0-9]: )[^\r\n#{}\[\],]+", RegexOptions.Multiline);
    private static readonly Regex Reference =
        new(@"(?<=\b(id|at|from|to|position|arrivesAt|crossing|supply|source|positionSource|positions|include): \[?)[A-Za-z0-9.-]+", RegexOptions.Multiline);

    /// <summary>The file after the edit, and what was done in words.</summary>
    public (byte[] Bytes, string Description) Apply(byte[] file, IReadOnlyList<string> tokens)
    {
        var token = tokens[Pick % tokens.Count];
        switch (Kind)
        {
            case MutationKind.Truncate:
                var cut = file.Length == 0 ? 0 : (int)(A % (uint)file.Length);
                return (file[..cut], $"truncate at byte {cut} of {file.Length}");
            case MutationKind.InsertBytes:
                var at = (int)(A % (uint)(file.Length + 1));
                return ([.. file[..at], .. Bytes, .. file[at..]], $"insert bytes {Convert.ToHexString(Bytes)} at byte {at} ({Where(file, at)})");
            case MutationKind.EmptyFile:
                return ([], "empty the file");
        }

        var text = Encoding.UTF8.GetString(file);
        var lines = SplitLines(text);
        switch (Kind)
        {
            case MutationKind.DeleteLine:
            {
                var i = (int)(A % (uint)lines.Count);
                var line = lines[i];
                lines.RemoveAt(i);
                return (Join(lines), $"delete line {i + 1} {Show(line)}");
            }
            case MutationKind.DuplicateLine:
            {
                var i = (int)(A % (uint)lines.Count);
                lines.Insert(i, lines[i]);
                return (Join(lines), $"duplicate line {i + 1} {Show(lines[i])}");
            }
            case MutationKind.SwapLines:
            {
                var i = (int)(A % (uint)lines.Count);
                var j = (int)(B % (uint)lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return (Join(lines), $"swap lines {i + 1} {Show(lines[j])} and {j + 1} {Show(lines[i])}");
            }
            case MutationKind.InsertToken:
            {
                var i = (int)(A % (uint)lines.Count);
                var column = (int)(B % (uint)(lines[i].TrimEnd('\r', '\n').Length + 1));
                var line = lines[i];
                lines[i] = line[..column] + token + line[column..];
                return (Join(lines), $"insert {Show(token)} at line {i + 1} column {column + 1} of {Show(line)}");
            }
            case MutationKind.ReplaceValue:
                return ReplaceMatch(text, Value, token, "value");
            case MutationKind.ReplaceNumber:
                return ReplaceMatch(text, NumberValue, FuzzTokens.Numbers[Pick % FuzzTokens.Numbers.Length], "number");
            case MutationKind.RenameKey:
                return ReplaceMatch(text, Key, FuzzTokens.Keys[Pick % FuzzTokens.Keys.Length], "key");
            default:
                return ReplaceMatch(text, Reference, "no-such-id", "reference");
        }
    }

    private (byte[], string) ReplaceMatch(string text, Regex pattern, string replacement, string what)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0) return (Encoding.UTF8.GetBytes(text), $"no {what} to replace");
        var m = matches[(int)(A % (uint)matches.Count)];
        var line = text[..m.Index].Count(c => c == '\n') + 1;
        var result = text[..m.Index] + replacement + text[(m.Index + m.Length)..];
        return (Encoding.UTF8.GetBytes(result), $"replace {what} {Show(m.Value)} at line {line} with {Show(replacement)}");
    }

    /// <summary>Lines with their ends kept, so joining them gives the text back byte for byte.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        if (start < text.Length || lines.Count == 0) lines.Add(text[start..]);
        return lines;
    }

    // A line moved to the end of a file that did not end in a newline must still be a line of its own.
    private static byte[] Join(List<string> lines) =>
        Encoding.UTF8.GetBytes(string.Concat(lines.Select((l, i) => i < lines.Count - 1 && !l.EndsWith('\n') ? l + "\n" : l)));

    private static string Where(byte[] file, int at) => $"line {file[..at].Count(b => b == (byte)'\n') + 1}";

    /// <summary>A text as C# would write it, cut short when long, so that odd characters can be seen in the report.</summary>
    internal static string Show(string text, int longest = 80)
    {
        var body = new StringBuilder();
        var cut = text.Length > longest;
        foreach (var c in cut ? text[..(longest - 20)] : text)
            body.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c is >= '\u007f' and <= '\u00a0' or '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        return cut ? $"\"{body}…\" ({text.Length} chars)" : $"\"{body}\"";
    }
}
