using ScottPlot;

namespace Siege.Charts;

/// <summary>Vertical dashed lines at the recorded lengths of the siege, each labelled with its figure and source.</summary>
internal static class RecordLines
{
    public static void Add(Plot plot, IReadOnlyList<RecordedLengthMark> marks, ChartText text)
    {
        var patterns = new[] { LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed };
        for (var i = 0; i < marks.Count; i++)
        {
            var line = plot.Add.VerticalLine(marks[i].Days);
            line.Color = ChartColors.Record;
            line.LineWidth = 2;
            line.LinePattern = patterns[i % patterns.Length];
            // The label goes in the legend, not on the line: two accounts a day apart would print on top of each other.
            line.LegendText = text.RecordedLength(marks[i].Days, marks[i].Sources);
        }
    }
}
