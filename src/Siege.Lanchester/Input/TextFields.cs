using System.Globalization;

namespace Siege.Lanchester.Input;

/// <summary>A piece of a line and the 1-based column where it starts, for error messages.</summary>
internal readonly record struct Field(string Text, int Column);

internal static class TextFields
{
    /// <summary>The lines of a text, without line ends, numbered from 1.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++) yield return (i + 1, lines[i].TrimEnd('\r'));
    }

    /// <summary>Splits on <paramref name="separator"/> and trims each piece, keeping the column of its first character.</summary>
    public static List<Field> Split(string line, char separator, int firstColumn = 1)
    {
        var fields = new List<Field>();
        var start = 0;
        while (true)
        {
            var end = line.IndexOf(separator, start);
            var raw = end < 0 ? line[start..] : line[start..end];
            var lead = raw.Length - raw.TrimStart().Length;
            fields.Add(new Field(raw.Trim(), firstColumn + start + lead));
            if (end < 0) return fields;
            start = end + 1;
        }
    }

    /// <summary>Splits on runs of white space, keeping columns.</summary>
    public static List<Field> Words(string text, int firstColumn)
    {
        var words = new List<Field>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            words.Add(new Field(text[start..i], firstColumn + start));
        }
        return words;
    }

    /// <summary>An invariant-culture number; underscores may group digits (21_500).</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
