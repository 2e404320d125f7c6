using ScottPlot;
using Siege.Ensembles.Sensitivity;

namespace Siege.Charts;

/// <summary>
/// A global sensitivity analysis as the tornado chart of <c>siege sensitivity</c> (same file name, whichever method):
/// one row per figure, the most influential at the top, with two bars each: S1 and ST with their 95% intervals as
/// whiskers (Sobol), or μ* and σ (Morris).
/// </summary>
public static class GlobalSensitivityCharts
{
    private const int RowHeight = 30;

    /// <summary>Writes the chart of the <paramref name="top"/> first figures as PNG and SVG; returns the files written.</summary>
    public static IReadOnlyList<string> WriteTornado(GlobalSensitivityResult result, string directory, int top = 15)
    {
        var (plot, height) = Build(result, top, ChartText.English);
        return ChartOutput.Save(plot, directory, SensitivityCharts.TornadoStem, ChartOutput.Width, height);
    }

    /// <summary>The chart as SVG text, labelled in the language of <paramref name="text"/>.</summary>
    public static ChartSvg TornadoSvg(GlobalSensitivityResult result, int top, ChartText text)
    {
        var (plot, height) = Build(result, top, text);
        return new ChartSvg(SensitivityCharts.TornadoStem, ChartOutput.Svg(plot, ChartOutput.Width, height), ChartOutput.Width, height);
    }

    internal static (Plot Plot, int Height) Build(GlobalSensitivityResult result, int top, ChartText text)
    {
        var rows = result.Parameters.Take(top).ToList();
        var sobol = result.IsSobol;
        var plot = ChartOutput.NewPlot(text.GlobalTitle(sobol, result.Points, result.RunsPerPoint), text.GlobalAxis(sobol), "");
        var ticks = new List<Tick>();
        for (var i = 0; i < rows.Count; i++)
        {
            var p = rows[i];
            var y = rows.Count - 1 - i;
            if (sobol)
            {
                AddBar(plot, p.S1!.Value, p.S1.Ci95, y + 0.17, ChartColors.Defender, i == 0 ? text.FirstOrder : null);
                AddBar(plot, p.ST!.Value, p.ST.Ci95, y - 0.17, ChartColors.Variant, i == 0 ? text.TotalOrder : null);
            }
            else
            {
                AddBar(plot, p.MuStar ?? 0, null, y + 0.17, ChartColors.Defender, i == 0 ? text.MuStar : null);
                AddBar(plot, p.Sigma ?? 0, null, y - 0.17, ChartColors.Variant, i == 0 ? text.Sigma : null);
            }
            ticks.Add(new Tick(y, p.Path, isMajor: true));
        }
        var zero = plot.Add.VerticalLine(0);
        zero.Color = ChartColors.Record;
        zero.LineWidth = 1;
        ChartOutput.LabelRows(plot, ticks);
        return (plot, Math.Max(ChartOutput.Height, 180 + RowHeight * rows.Count));
    }

    private static void AddBar(Plot plot, double value, double[]? ci95, double y, Color color, string? legend)
    {
        var bar = plot.Add.Rectangle(Math.Min(0, value), Math.Max(0, value), y - 0.15, y + 0.15);
        bar.FillStyle.Color = color.WithAlpha(0.85);
        bar.LineStyle.Width = 0;
        if (legend is not null) bar.LegendText = legend;
        if (ci95 is null) return;
        var whisker = plot.Add.Line(ci95[0], y, ci95[1], y);
        whisker.Color = ChartColors.Record;
        whisker.LineWidth = 1.5f;
    }
}
