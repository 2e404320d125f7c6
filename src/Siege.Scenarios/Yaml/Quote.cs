using System.Globalization;
using System.Text;

namespace Siege.Scenarios.Yaml;

/// <summary>
/// Text from a file as a message shows it. A message is one line of a report, so line breaks and other control
/// characters are written as escapes; and a value of thousands of characters would bury the message, so a long one is
/// cut, the place in the file telling where the rest is. Short, printable text is shown exactly as written.
/// </summary>
internal static class Quote
{
    /// <summary>The most characters of a value a message shows.</summary>
    public const int Longest = 60;

    public static string Text(string text)
    {
        var shown = text.Length > Longest ? text[..(Longest - 1)] : text;
        if (shown.Length == text.Length && !shown.Any(NeedsEscape)) return text;
        var result = new StringBuilder();
        foreach (var c in shown)
            result.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        return shown.Length < text.Length ? result.Append('…').ToString() : result.ToString();
    }

    /// <summary>A number as a message shows it: as written for sizes a scenario has, in powers of ten past them.</summary>
    public static string Number(double value, string format = "0.####") =>
        Math.Abs(value) < 1e15
            ? value.ToString(format, CultureInfo.InvariantCulture)
            : value.ToString("0.###e+0", CultureInfo.InvariantCulture);

    // Control characters, and the line and paragraph separators that end a line as a line feed does.
    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF';
}
