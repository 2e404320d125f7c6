using ScottPlot;
using Siege.Ensembles.Sensitivity;
using Siege.Scenarios.Loading;

namespace Siege.Charts;

/// <summary>
/// The sensitivity of a scenario as a tornado chart: one row per figure, the largest swing at the top, a bar from
/// zero to the mean change of the siege's length with the figure at the low end of its range and another to the
/// change at the high end, each with its 95% interval as a whisker.
/// </summary>
public static class SensitivityCharts
{
    public const string TornadoStem = "sensitivity-tornado";

    private const int RowHeight = 30;

    /// <summary>Writes the tornado of the <paramref name="top"/> largest swings as PNG and SVG; returns the files written.</summary>
    public static IReadOnlyList<string> WriteTornado(SensitivityResult result, LoadedScenario loaded, string directory, int top = 15)
    {
        var (plot, height) = BuildTornado(result, ChartText.English.ScenarioName(loaded), top, ChartText.English);
        return ChartOutput.Save(plot, directory, TornadoStem, ChartOutput.Width, height);
    }

    /// <summary>The tornado as SVG text, labelled in the language of <paramref name="text"/>.</summary>
    public static ChartSvg TornadoSvg(SensitivityResult result, int top, ChartText text)
    {
        var (plot, height) = BuildTornado(result, "", top, text);
        return new ChartSvg(TornadoStem, ChartOutput.Svg(plot, ChartOutput.Width, height), ChartOutput.Width, height);
    }

    internal static (Plot Plot, int Height) BuildTornado(SensitivityResult result, string scenarioName, int top, ChartText text)
    {
        var rows = result.Parameters.Take(top).ToList();
        var plot = ChartOutput.NewPlot(text.TornadoTitle(scenarioName, result.Runs), text.TornadoAxis, "");
        var ticks = new List<Tick>();
        for (var i = 0; i < rows.Count; i++)
        {
            var e = rows[i];
            var y = rows.Count - 1 - i;
            AddBar(plot, e.AtLow, y + 0.17, ChartColors.Defender, i == 0 ? text.TornadoLow : null);
            AddBar(plot, e.AtHigh, y - 0.17, ChartColors.Variant, i == 0 ? text.TornadoHigh : null);
            ticks.Add(new Tick(y, $"{e.Path}  [{Number(e.Low)} – {Number(e.High)}]", isMajor: true));
        }
        var zero = plot.Add.VerticalLine(0);
        zero.Color = ChartColors.Record;
        zero.LineWidth = 1;
        ChartOutput.LabelRows(plot, ticks);
        return (plot, Math.Max(ChartOutput.Height, 180 + RowHeight * rows.Count));
    }

    // Plain digits at every size: G4 would write 15,000 as 1.5E+04.
    private static string Number(double x) =>
        Math.Abs(x) >= 1000 ? x.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : x.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A bar from zero to the mean change, a third of a row thick, and its 95% interval as a whisker.</summary>
    private static void AddBar(Plot plot, EndEffect end, double y, Color color, string? legend)
    {
        var d = end.DurationDays;
        var bar = plot.Add.Rectangle(Math.Min(0, d.Mean), Math.Max(0, d.Mean), y - 0.15, y + 0.15);
        bar.FillStyle.Color = color.WithAlpha(0.85);
        bar.LineStyle.Width = 0;
        if (legend is not null) bar.LegendText = legend;
        var whisker = plot.Add.Line(d.Ci95[0], y, d.Ci95[1], y);
        whisker.Color = ChartColors.Record;
        whisker.LineWidth = 1.5f;
    }
}
