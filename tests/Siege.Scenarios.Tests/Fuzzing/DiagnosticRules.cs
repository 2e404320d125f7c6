using System.Text;

namespace Siege.Scenarios.Tests.Fuzzing;

/// <summary>
/// What every diagnostic must be, whatever the input: in a file the loader read, at a line and column inside that
/// file as it was read, with a message of one readable line. A load that fails must say why, and a file whose bytes
/// are not all text must not load.
/// </summary>
internal static class DiagnosticRules
{
    /// <summary>Long enough for any message the loader writes about a long value; a message past it has copied the value whole.</summary>
    public const int MaxMessageLength = 400;

    public static void Check(IReadOnlyList<Diagnostic> errors, IReadOnlyList<Diagnostic> warnings, bool loaded, IReadOnlyDictionary<string, string> texts)
    {
        Assert.True(loaded != (errors.Count > 0), loaded
            ? $"loaded, yet with errors:\n{string.Join("\n", errors)}"
            : "failed to load without saying why (no error)");
        // Bytes that are not UTF-8 read as U+FFFD: a file with them must not load, or a name would lose characters unsaid.
        if (texts.FirstOrDefault(t => t.Value.Contains('\uFFFD')).Key is { } garbled)
            Assert.False(loaded, $"{garbled} has bytes that are not UTF-8, yet the scenario loaded");
        foreach (var d in errors.Concat(warnings)) CheckOne(d, texts);
    }

    private static void CheckOne(Diagnostic d, IReadOnlyDictionary<string, string> texts)
    {
        var shown = Mutation.Show(d.ToString(), longest: 300);
        Assert.True(texts.TryGetValue(d.File, out var text), $"{shown}: names a file that was not read ({string.Join(", ", texts.Keys)})");
        var lines = Lines(text!);
        Assert.True(d.Line >= 1 && d.Line <= lines.Count, $"{shown}: line {d.Line} is outside the file's {lines.Count} lines");
        Assert.True(d.Column >= 1 && d.Column <= lines[d.Line - 1] + 1, $"{shown}: column {d.Column} is outside line {d.Line} ({lines[d.Line - 1]} characters)");
        Assert.False(string.IsNullOrWhiteSpace(d.Message), $"{shown}: empty message");
        Assert.True(d.Message.Length <= MaxMessageLength, $"{shown}: a message of {d.Message.Length} characters");
        Assert.True(d.Message.IndexOfAny(['\n', '\r', '\u0085', '\u2028', '\u2029']) < 0, $"{shown}: the message spans more than one line");
        Assert.DoesNotContain("   at ", d.Message);
    }

    /// <summary>
    /// The length of each line, lines broken where YAML breaks them (<c>\r\n</c>, <c>\r</c>, <c>\n</c>, and the
    /// Unicode breaks NEL, LS and PS that YAML 1.1 counts too), so a line number is checked as the parser counts.
    /// </summary>
    public static List<int> Lines(string text)
    {
        var lengths = new List<int>();
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                lengths.Add(length);
                length = 0;
            }
            else length++;
        }
        lengths.Add(length);
        return lengths;
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var d in diagnostics.Take(5)) text.Append("\n    ").Append(Mutation.Show(d.ToString(), longest: 300));
        return text.ToString();
    }
}
