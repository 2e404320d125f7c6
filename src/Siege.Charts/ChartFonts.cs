using SkiaSharp;

namespace Siege.Charts;

/// <summary>
/// Picks the font every chart is drawn with. Position and scenario names are Chinese, and a font without CJK glyphs
/// draws them as empty boxes, so a Noto Sans CJK family comes first (Debian's fonts-noto-cjk, which .ci/run
/// installs). Where none is installed, DejaVu Sans at least draws the Latin text; the Chinese names then need the
/// package.
/// </summary>
public static class ChartFonts
{
    /// <summary>Families tried in order. SC first: the names are in simplified characters.</summary>
    public static readonly IReadOnlyList<string> Preferred =
        ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "Noto Sans SC", "Source Han Sans SC"];

    public const string Fallback = "DejaVu Sans";

    private static readonly Lock Gate = new();
    private static string? _chosen;

    /// <summary>The family in use; chosen once per process, because <c>ScottPlot.Fonts.Default</c> is global.</summary>
    public static string Family
    {
        get
        {
            lock (Gate)
            {
                if (_chosen is null)
                {
                    _chosen = Choose(SKFontManager.Default.FontFamilies);
                    ScottPlot.Fonts.Default = _chosen;
                }
                return _chosen;
            }
        }
    }

    /// <summary>True when the family in use can draw Chinese names.</summary>
    public static bool HasCjk => Family != Fallback;

    /// <summary>
    /// The family for text with no Chinese in it where alignment matters (legends): DejaVu's metrics are the
    /// ordinary kind that ScottPlot's layout assumes.
    /// </summary>
    public static string Latin => Fallback;

    /// <summary>
    /// Pixels to move a middle-aligned label down so its glyphs sit centred on their anchor. ScottPlot 5.1 places
    /// the baseline from the font's lowest possible descender (SKFontMetrics.Bottom, ScottPlot issue #5036); Noto
    /// Sans CJK's is over an em deep, which lifts every label by most of its height and puts each tick label beside
    /// the wrong row. Computed from the font's own metrics, so another family gets its own correction.
    /// </summary>
    public static float MiddleCorrection(float fontSize)
    {
        var m = Metrics(out var spacing);
        return fontSize * (m.CapHeight / 2 - (spacing / 2 - m.Bottom));
    }

    /// <summary>Pixels to move a top-aligned label down so its capitals start at its anchor (see <see cref="MiddleCorrection"/>).</summary>
    public static float TopCorrection(float fontSize)
    {
        var m = Metrics(out var spacing);
        return fontSize * (m.CapHeight - (spacing - m.Bottom));
    }

    /// <summary>The font's metrics at a size of one pixel.</summary>
    private static SKFontMetrics Metrics(out float spacing)
    {
        using var typeface = SKTypeface.FromFamilyName(Family);
        using var font = new SKFont(typeface, 1);
        spacing = font.GetFontMetrics(out var metrics);
        return metrics;
    }

    internal static string Choose(IEnumerable<string> installed)
    {
        var families = installed.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Preferred.FirstOrDefault(families.Contains) ?? Fallback;
    }
}
