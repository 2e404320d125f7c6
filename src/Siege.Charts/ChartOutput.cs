using Siege.Ensembles.Export;

namespace Siege.Charts;

/// <summary>Writes a plot as PNG (for reading) and SVG (for print and for tests that look for its text).</summary>
internal static class ChartOutput
{
    public const int Width = 1200;
    public const int Height = 700;
    public const float LegendFontSize = 14;

    /// <summary>
    /// Writes <c>STEM.png</c> and <c>STEM.svg</c> into <paramref name="directory"/> (made if missing), each through
    /// <see cref="AtomicFile"/>, so a failed write leaves the chart that was there before.
    /// </summary>
    public static IReadOnlyList<string> Save(ScottPlot.Plot plot, string directory, string stem, int width = Width, int height = Height)
    {
        Directory.CreateDirectory(directory);
        var png = Path.Combine(directory, stem + ".png");
        var svg = Path.Combine(directory, stem + ".svg");
        AtomicFile.WriteAllBytes(png, plot.GetImageBytes(width, height, ScottPlot.ImageFormat.Png));
        AtomicFile.WriteAllText(svg, Svg(plot, width, height));
        return [png, svg];
    }

    /// <summary>The plot as the text of an SVG document, with the drawn characters put back (see <see cref="SvgText"/>).</summary>
    public static string Svg(ScottPlot.Plot plot, int width = Width, int height = Height) => SvgText.RepairXml(plot.GetSvgXml(width, height));

    /// <summary>A new plot in the chosen font, with sizes readable at 1200 pixels wide.</summary>
    public static ScottPlot.Plot NewPlot(string title, string xLabel, string yLabel)
    {
        _ = ChartFonts.Family;
        var plot = new ScottPlot.Plot();
        plot.Title(title, 20);
        plot.XLabel(xLabel, 16);
        plot.YLabel(yLabel, 16);
        // Turned on its side, the CJK font's raised baseline (see ChartFonts.MiddleCorrection) pushes the label
        // against the left edge of the image; move it back by the same amount.
        plot.Axes.Left.Label.OffsetX = ChartFonts.TopCorrection(16);
        SetTickFont(plot, 14, 14);
        plot.Legend.FontSize = LegendFontSize;
        return plot;
    }

    /// <summary>Tick label sizes, with the baseline correction the CJK font needs (see <see cref="ChartFonts.MiddleCorrection"/>).</summary>
    public static void SetTickFont(ScottPlot.Plot plot, float bottomSize, float leftSize)
    {
        plot.Axes.Bottom.TickLabelStyle.FontSize = bottomSize;
        plot.Axes.Bottom.TickLabelStyle.OffsetY = ChartFonts.TopCorrection(bottomSize);
        plot.Axes.Left.TickLabelStyle.FontSize = leftSize;
        plot.Axes.Left.TickLabelStyle.OffsetY = ChartFonts.MiddleCorrection(leftSize);
    }

    /// <summary>
    /// Finishes a chart of labelled rows (row k at y = k, the first row at the top): the row labels as the left axis,
    /// without tick marks, the rows filling the height, and the legend below, where it covers no row.
    /// </summary>
    public static void LabelRows(ScottPlot.Plot plot, IReadOnlyList<ScottPlot.Tick> rows)
    {
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. rows]);
        SetTickFont(plot, 14, 13);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.8, rows.Count - 0.2);
        ShowLegend(plot, ScottPlot.Edge.Bottom);
    }

    /// <summary>
    /// Shows the legend in a Latin font unless an entry is Chinese: ScottPlot has no baseline offset for legend
    /// entries, and in the CJK font they sit above their swatches and are clipped by the frame.
    /// </summary>
    public static void ShowLegend(ScottPlot.Plot plot, ScottPlot.Alignment alignment)
    {
        UseLatinLegendFont(plot);
        plot.ShowLegend(alignment);
    }

    /// <summary>The legend outside the data area, on <paramref name="edge"/>, where it can cover nothing.</summary>
    public static void ShowLegend(ScottPlot.Plot plot, ScottPlot.Edge edge)
    {
        UseLatinLegendFont(plot);
        plot.ShowLegend(edge);
    }

    private static void UseLatinLegendFont(ScottPlot.Plot plot)
    {
        // Only labelled items are shown: a plottable without legend text still lists an item, which ScottPlot skips.
        var items = plot.GetPlottables().SelectMany(p => p.LegendItems).Where(i => !string.IsNullOrEmpty(i.LabelText)).ToList();
        if (!items.Any(i => HasCjk(i.LabelText ?? "")))
        {
            plot.Legend.FontName = ChartFonts.Latin;
            return;
        }
        // A Chinese legend (the report's Chinese charts) keeps the CJK font; its items are set down by the font's
        // baseline correction, as tick labels are, so that they sit beside their swatches and inside the frame.
        // ScottPlot has no offset for the items it makes itself, so the legend takes corrected copies instead.
        foreach (var item in items)
        {
            item.LabelStyle.OffsetY = ChartFonts.MiddleCorrection(plot.Legend.FontSize ?? LegendFontSize);
            plot.Legend.ManualItems.Add(item);
        }
        foreach (var plottable in plot.GetPlottables().OfType<ScottPlot.IHasLegendText>()) plottable.LegendText = "";
    }

    private static bool HasCjk(string text) => text.Any(c => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF');
}
