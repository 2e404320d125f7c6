using System.Text;
using System.Xml.Linq;
using SkiaSharp;

namespace Siege.Charts;

/// <summary>
/// Puts the characters that were drawn back into an SVG's text. Skia's SVG canvas writes text by turning each glyph
/// back into a character, and where a font gives two characters one glyph it writes the lower code point: Noto Sans
/// CJK draws 山 and the Kangxi radical ⼭ alike, so 张家山 came out as 张家⼭ and an en dash as a figure dash. The
/// picture is the same; the text is not, so a search or a screen reader would miss the names.
/// </summary>
internal static class SvgText
{
    private static readonly Lock Gate = new();
    private static Dictionary<ushort, char>? _preferred;
    private static string? _family;

    /// <summary>The SVG text <paramref name="xml"/> with its text repaired; unchanged if nothing needed it.</summary>
    public static string RepairXml(string xml)
    {
        var svg = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        return Repair(svg) ? svg.ToString(SaveOptions.DisableFormatting) : xml;
    }

    private static bool Repair(XDocument svg)
    {
        var map = Preferred();
        var changed = false;
        foreach (var node in svg.Descendants().Where(e => e.Name.LocalName == "text").SelectMany(e => e.Nodes()).OfType<XText>())
        {
            var repaired = Repair(node.Value, map);
            if (repaired == node.Value) continue;
            node.Value = repaired;
            changed = true;
        }
        return changed;
    }

    private static string Repair(string text, IReadOnlyDictionary<ushort, char> preferred)
    {
        // Only characters that can stand in for a CJK ideograph or a dash are looked at; the rest is left alone.
        if (!text.Any(c => c is >= '\u2010' and <= '\u2015' or >= '\u2E80' and <= '\u2FDF')) return text;
        using var font = Font();
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u2010' and <= '\u2015' or >= '\u2E80' and <= '\u2FDF'
                && preferred.TryGetValue(font.GetGlyph(c), out var p))
                builder.Append(p);
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>For each glyph of the chart font, the character a chart means by it: an ideograph, or an en dash.</summary>
    private static Dictionary<ushort, char> Preferred()
    {
        lock (Gate)
        {
            if (_preferred is not null && _family == ChartFonts.Family) return _preferred;
            using var font = Font();
            var map = new Dictionary<ushort, char>();
            var preferred = new[] { '–', '—' }.Concat(Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1).Select(i => (char)i));
            foreach (var c in preferred)
            {
                var glyph = font.GetGlyph(c);
                if (glyph != 0) map.TryAdd(glyph, c);
            }
            _family = ChartFonts.Family;
            return _preferred = map;
        }
    }

    private static SKFont Font() => new(SKTypeface.FromFamilyName(ChartFonts.Family), 12);
}
