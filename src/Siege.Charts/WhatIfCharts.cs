using ScottPlot;
using Siege.Scenarios.Loading;

namespace Siege.Charts;

/// <summary>
/// A what-if drawn as two distributions of the siege's length on one axis. It takes plain lists of lengths so that
/// it does not depend on how the what-if command gets them.
/// </summary>
public static class WhatIfCharts
{
    public const string OverlayStem = "whatif-length";

    /// <summary>
    /// Writes the overlay of <paramref name="baseline"/> and <paramref name="variant"/> (lengths in days) as PNG and
    /// SVG into <paramref name="directory"/>; returns the files written.
    /// </summary>
    public static IReadOnlyList<string> WriteOverlay(
        IReadOnlyList<double> baseline,
        IReadOnlyList<double> variant,
        LoadedScenario loaded,
        string directory,
        string baselineName = "baseline",
        string variantName = "variant")
    {
        var plot = BuildOverlay(baseline, variant, RecordMarks.Lengths(loaded), ChartText.English.ScenarioName(loaded), baselineName, variantName, ChartText.English);
        return ChartOutput.Save(plot, directory, OverlayStem);
    }

    /// <summary>The overlay as SVG text, labelled in the language of <paramref name="text"/>.</summary>
    public static ChartSvg OverlaySvg(
        IReadOnlyList<double> baseline, IReadOnlyList<double> variant, LoadedScenario loaded, string baselineName, string variantName, ChartText text)
    {
        var plot = BuildOverlay(baseline, variant, RecordMarks.Lengths(loaded), text.ScenarioName(loaded), baselineName, variantName, text);
        return new ChartSvg(OverlayStem, ChartOutput.Svg(plot), ChartOutput.Width, ChartOutput.Height);
    }

    internal static Plot BuildOverlay(
        IReadOnlyList<double> baseline, IReadOnlyList<double> variant, IReadOnlyList<RecordedLengthMark> record,
        string scenarioName, string baselineName, string variantName, ChartText text)
    {
        var plot = ChartOutput.NewPlot(text.OverlayTitle(baselineName, variantName, scenarioName), text.LengthAxis, text.ShareAxis);
        var all = baseline.Concat(variant).ToList();
        if (all.Count > 0)
        {
            var first = (int)Math.Floor(all.Min());
            var last = (int)Math.Floor(all.Max());
            // Shares, not counts: the two ensembles may have different numbers of runs.
            AddStep(plot, baseline, first, last, ChartColors.Defender, text.OverlayLegend(baselineName, baseline.Count));
            AddStep(plot, variant, first, last, ChartColors.Variant, text.OverlayLegend(variantName, variant.Count));
        }
        RecordLines.Add(plot, record, text);
        // Whole days only: a bin is one day, and a tick at 42.2 days names no bin edge.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Margins(bottom: 0);
        ChartOutput.ShowLegend(plot, Alignment.UpperLeft);
        return plot;
    }

    /// <summary>
    /// A step outline with a light fill: outlines stay readable where the two distributions overlap, which filled
    /// bars would hide.
    /// </summary>
    private static void AddStep(Plot plot, IReadOnlyList<double> lengths, int first, int last, Color color, string label)
    {
        if (lengths.Count == 0) return;
        var shares = new double[last - first + 1];
        foreach (var length in lengths) shares[(int)Math.Floor(length) - first] += 1.0 / lengths.Count;

        // Both corners of every bin, so the fill follows the steps instead of cutting across them.
        var xs = shares.SelectMany((_, i) => new double[] { first + i, first + i + 1 }).ToArray();
        var ys = shares.SelectMany(v => new[] { v, v }).ToArray();
        var fill = plot.Add.FillY(xs, ys, new double[ys.Length]);
        fill.FillColor = color.WithAlpha(0.18);
        fill.LineWidth = 0;
        var step = plot.Add.Scatter(xs, ys);
        step.Color = color;
        step.LineWidth = 2.5f;
        step.MarkerSize = 0;
        step.LegendText = label;
    }
}
