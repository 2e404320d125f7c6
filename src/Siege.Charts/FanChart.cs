using ScottPlot;

namespace Siege.Charts;

/// <summary>A band from the 10th to the 90th percentile with the median drawn through it, one per series.</summary>
internal static class FanChart
{
    public static Plot Build(string title, string yLabel, IReadOnlyList<(DailyBand Band, string Name, Color Color)> series)
    {
        var plot = ChartOutput.NewPlot(
            title,
            $"day of the siege — percentiles over the runs still fighting that day (days reached by < {DailyBands.MinimumShare:P0} of runs left out)",
            yLabel);
        plot.Axes.Bottom.Label.FontSize = 14;
        foreach (var (band, name, color) in series)
        {
            if (band.Days.Count == 0) continue;
            var days = band.Days.ToArray();
            var fill = plot.Add.FillY(days, band.P10.ToArray(), band.P90.ToArray());
            fill.FillColor = color.WithAlpha(0.25);
            fill.LineWidth = 0;
            fill.LegendText = $"{name}: 10th–90th percentile";
            var median = plot.Add.Scatter(days, band.P50.ToArray());
            median.Color = color;
            median.LineWidth = 2.5f;
            median.MarkerSize = 0;
            median.LegendText = $"{name}: median";
        }
        plot.Axes.Margins(bottom: 0);
        ChartOutput.ShowLegend(plot, Alignment.UpperRight);
        return plot;
    }
}
