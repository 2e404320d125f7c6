using System.Collections.Immutable;
using System.Text;
using Siege.Lanchester.Fitting;

namespace Siege.Lanchester.Input;

/// <summary>
/// Strength series as CSV, for <c>siege fit --input strengths.csv</c>:
/// <code>
///   # Iwo Jima, Engel's model, daily
///   t,attacker,defender,attackerReinforcement,defenderReinforcement
///   0,0,21500,54000,0
///   1,52835.5,21220,0,0
/// </code>
/// The header names the columns, in any order and any letter case: <c>t</c> (days), <c>attacker</c> and
/// <c>defender</c> (strengths) are required; <c>attackerReinforcement</c> and <c>defenderReinforcement</c> are
/// optional rates in men a day, holding from that row until the next (empty means 0, negative a withdrawal). Blank lines and lines
/// starting with # are skipped. Times must increase strictly; strengths must be ≥ 0.
/// </summary>
public static class StrengthsCsv
{
    private static readonly string[] Columns = ["t", "attacker", "defender", "attackerReinforcement", "defenderReinforcement"];

    public static StrengthSeries Load(string path) => Parse(File.ReadAllText(path), path);

    public static StrengthSeries Parse(string text, string fileName = "strengths.csv")
    {
        int[]? index = null; // column position of each of Columns, or −1
        var rows = ImmutableArray.CreateBuilder<StrengthObservation>();
        var lastLine = 0;
        foreach (var (number, line) in TextFields.Lines(text))
        {
            lastLine = number;
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            var fields = TextFields.Split(line, ',');
            if (index is null)
            {
                index = Header(fields, number, fileName);
                continue;
            }
            rows.Add(Row(fields, index, number, line.Length, fileName, rows.Count > 0 ? rows[^1].T : null));
        }
        if (index is null) throw new LanchesterFormatException(fileName, 0, 0, "no header line (expected t,attacker,defender)");
        if (rows.Count < 2) throw new LanchesterFormatException(fileName, lastLine, 1, $"a series needs at least 2 rows of data; found {rows.Count}");
        return new StrengthSeries(rows.ToImmutable());
    }

    private static int[] Header(List<Field> fields, int line, string fileName)
    {
        var index = Enumerable.Repeat(-1, Columns.Length).ToArray();
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            var c = Array.FindIndex(Columns, n => string.Equals(n, f.Text, StringComparison.OrdinalIgnoreCase));
            if (c < 0) throw new LanchesterFormatException(fileName, line, f.Column, $"unknown column '{f.Text}' (expected {string.Join(", ", Columns)})");
            if (index[c] >= 0) throw new LanchesterFormatException(fileName, line, f.Column, $"column '{f.Text}' appears twice");
            index[c] = i;
        }
        for (var c = 0; c < 3; c++)
            if (index[c] < 0) throw new LanchesterFormatException(fileName, line, 1, $"the header lacks the required column '{Columns[c]}' (expected t,attacker,defender)");
        return index;
    }

    private static StrengthObservation Row(List<Field> fields, int[] index, int line, int length, string fileName, double? previousT)
    {
        var width = index.Count(i => i >= 0);
        if (fields.Count != width)
            throw new LanchesterFormatException(fileName, line, fields.Count > width ? fields[width].Column : length + 1,
                $"expected {width} fields as in the header, found {fields.Count}");

        double Value(int c, bool required)
        {
            if (index[c] < 0) return 0;
            var f = fields[index[c]];
            if (f.Text.Length == 0 && !required) return 0;
            if (!TextFields.TryNumber(f.Text, out var v))
                throw new LanchesterFormatException(fileName, line, f.Column, $"{Columns[c]}: '{f.Text}' is not a number");
            return v;
        }

        var t = Value(0, true);
        if (previousT is { } p && !(t > p))
            throw new LanchesterFormatException(fileName, line, fields[index[0]].Column, $"t = {TextFields.Number(t)} does not come after the previous row's {TextFields.Number(p)}");
        var x = Value(1, true);
        var y = Value(2, true);
        if (x < 0) throw new LanchesterFormatException(fileName, line, fields[index[1]].Column, $"attacker strength {TextFields.Number(x)} is negative");
        if (y < 0) throw new LanchesterFormatException(fileName, line, fields[index[2]].Column, $"defender strength {TextFields.Number(y)} is negative");
        return new StrengthObservation(t, x, y, Value(3, false), Value(4, false));
    }

    public static string Format(StrengthSeries series)
    {
        var rates = series.Observations.Any(o => o.AttackerReinforcement != 0 || o.DefenderReinforcement != 0);
        var sb = new StringBuilder(rates ? "t,attacker,defender,attackerReinforcement,defenderReinforcement\n" : "t,attacker,defender\n");
        foreach (var o in series.Observations)
        {
            sb.Append(TextFields.Number(o.T)).Append(',').Append(TextFields.Number(o.Attacker)).Append(',').Append(TextFields.Number(o.Defender));
            if (rates) sb.Append(',').Append(TextFields.Number(o.AttackerReinforcement)).Append(',').Append(TextFields.Number(o.DefenderReinforcement));
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
