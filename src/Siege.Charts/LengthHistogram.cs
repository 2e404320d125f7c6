using ScottPlot;
using Siege.Engine.Results;
using Siege.Ensembles;

namespace Siege.Charts;

/// <summary>Runs counted by their length in whole days, split by how they ended.</summary>
public sealed record LengthCounts(IReadOnlyDictionary<int, int> Fell, IReadOnlyDictionary<int, int> NotFell, int Runs)
{
    /// <summary>Counts from the store; memory grows with the number of distinct days, not with runs.</summary>
    public static LengthCounts Read(RunStore store, EnsembleKey key, SeedRange seeds)
    {
        var fell = new SortedDictionary<int, int>();
        var notFell = new SortedDictionary<int, int>();
        var runs = 0;
        foreach (var run in store.ReadRuns(key, seeds))
        {
            var counts = run.Outcome == Outcome.Fell ? fell : notFell;
            var day = run.EndHour / 24;
            counts[day] = counts.GetValueOrDefault(day) + 1;
            runs++;
        }
        return new LengthCounts(fell, notFell, runs);
    }
}

/// <summary>The histogram of the siege's length, with each recorded length drawn as a labelled line.</summary>
internal static class LengthHistogram
{
    public static Plot Build(LengthCounts counts, IReadOnlyList<RecordedLengthMark> record, string scenarioName, ChartText text)
    {
        var plot = ChartOutput.NewPlot(
            text.LengthTitle(scenarioName, counts.Runs),
            text.LengthAxis,
            text.RunsAxis);
        AddBars(plot, counts.Fell, ChartColors.Defender, text.GarrisonFell);
        // Runs that reached the horizon or were relieved are drawn apart: their length is a lower bound, not a fall.
        AddBars(plot, counts.NotFell, ChartColors.Neutral, text.HeldOrRelieved);
        RecordLines.Add(plot, record, text);
        // Whole days only: a bin is one day, and a tick at 42.2 days names no bin edge.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Margins(bottom: 0);
        ChartOutput.ShowLegend(plot, Alignment.UpperLeft);
        return plot;
    }

    private static void AddBars(Plot plot, IReadOnlyDictionary<int, int> counts, Color color, string label)
    {
        if (counts.Count == 0) return;
        // A bar for day d covers [d, d+1): the run lasted d whole days and part of the next.
        var bars = counts.Select(c => new Bar
        {
            Position = c.Key + 0.5,
            Value = c.Value,
            Size = 0.9,
            FillColor = color,
            LineWidth = 0,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.LegendText = label;
    }
}
