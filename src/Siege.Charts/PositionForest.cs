using ScottPlot;
using Siege.Engine.Domain;
using Siege.Ensembles;

namespace Siege.Charts;

/// <summary>
/// One row per position that fell in at least one run: a line from the 10th to the 90th percentile of its fall day
/// and a dot at the median, ordered by tier (outermost at the top) and then by median. A position never lost in any
/// run is left out and counted in the title, since it has no fall day to draw. The recorded loss window, where the
/// record has one, is a hollow black box spanning the window.
/// </summary>
internal static class PositionForest
{
    public const int RowHeight = 22;

    /// <summary>Wider than the other charts: the row labels (name, English name, tier, share lost) take a third of it.</summary>
    public const int Width = 1500;

    public static (Plot Plot, int Height) Build(
        IReadOnlyList<PositionStats> positions, IReadOnlyDictionary<string, RecordedLossMark> record, string scenarioName, int runs, ChartText text)
    {
        var rows = positions.Where(p => p.FallDay is not null)
            .OrderBy(p => Enum.Parse<Tier>(p.Tier, ignoreCase: true))
            .ThenBy(p => p.FallDay!.P50)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var neverLost = positions.Count - rows.Count;
        var plot = ChartOutput.NewPlot(
            text.ForestTitle(scenarioName, runs),
            text.ForestAxis(neverLost),
            "");
        plot.Axes.Bottom.Label.FontSize = 14;

        var ticks = new List<Tick>();
        var recordBoxShown = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var p = rows[i];
            var y = rows.Count - 1 - i;
            var fall = p.FallDay!;
            var line = plot.Add.Line(fall.P10, y, fall.P90, y);
            line.Color = ChartColors.Defender;
            line.LineWidth = 3;
            var median = plot.Add.Marker(fall.P50, y, MarkerShape.FilledCircle, 9, ChartColors.Defender);
            if (i == 0) median.LegendText = text.ForestSimulated;
            if (record.TryGetValue(p.Id, out var mark))
            {
                var box = plot.Add.Rectangle(mark.From, mark.To, y - 0.35, y + 0.35);
                box.FillStyle.Color = Colors.Transparent;
                box.LineStyle.Color = ChartColors.Record;
                box.LineStyle.Width = 2;
                if (!recordBoxShown) box.LegendText = text.ForestRecorded;
                recordBoxShown = true;
            }
            ticks.Add(new Tick(y, text.ForestRow(p), isMajor: true));
        }

        ChartOutput.LabelRows(plot, ticks);
        return (plot, Math.Max(ChartOutput.Height, 160 + RowHeight * rows.Count));
    }
}
