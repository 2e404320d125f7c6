using ScottPlot;

namespace Siege.Charts;

/// <summary>A band from the 10th to the 90th percentile with the median drawn through it, one per series.</summary>
internal static class FanChart
{
    public static Plot Build(string title, string yLabel, IReadOnlyList<(DailyBand Band, string Name, Color Color)> series, ChartText text)
    {
        var plot = ChartOutput.NewPlot(
            title,
            text.FanAxis(DailyBands.MinimumShare),
            yLabel);
        plot.Axes.Bottom.Label.FontSize = 14;
        foreach (var (band, name, color) in series)
        {
            if (band.Days.Count == 0) continue;
            var days = band.Days.ToArray();
            var fill = plot.Add.FillY(days, band.P10.ToArray(), band.P90.ToArray());
            fill.FillColor = color.WithAlpha(0.25);
            fill.LineWidth = 0;
            fill.LegendText = text.BandLegend(name);
            var median = plot.Add.Scatter(days, band.P50.ToArray());
            median.Color = color;
            median.LineWidth = 2.5f;
            median.MarkerSize = 0;
            median.LegendText = text.MedianLegend(name);
        }
        plot.Axes.Margins(bottom: 0);
        ChartOutput.ShowLegend(plot, Alignment.UpperRight);
        return plot;
    }
}
