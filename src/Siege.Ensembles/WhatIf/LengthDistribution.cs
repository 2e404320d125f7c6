using System.Text.Json.Serialization;

namespace Siege.Ensembles.WhatIf;

/// <summary>
/// The siege's length in the baseline's and the variant's runs as two histograms on the same bins, so a reader can
/// overlay them: bin k covers the lengths from startHour + k·binHours (inclusive) to startHour + (k+1)·binHours
/// (exclusive); counts are runs. <see cref="BinDays"/> and <see cref="StartDays"/> say the same in days.
/// </summary>
/// <remarks>
/// The bins are whole hours wide and start on a multiple of their width; the width is the smallest of
/// <see cref="WidthsHours"/> that covers both ensembles in at most √n bins (n the larger ensemble's runs, the
/// square-root rule), with no fewer than <see cref="MinBins"/> and no more than <see cref="MaxBins"/> allowed: an
/// ensemble of Hengyang runs spans a few days, which one-day bins would show as three or four bars, while a dozen runs
/// in one-hour bins would be a comb of single runs.
/// </remarks>
public sealed record LengthDistribution(
    [property: JsonPropertyName("binHours"), JsonPropertyOrder(0)] int BinHours,
    [property: JsonPropertyName("startHour"), JsonPropertyOrder(1)] int StartHour,
    [property: JsonPropertyName("baseline"), JsonPropertyOrder(4)] long[] Baseline,
    [property: JsonPropertyName("variant"), JsonPropertyOrder(5)] long[] Variant)
{
    /// <summary>The width of a bin in days.</summary>
    [JsonPropertyName("binDays"), JsonPropertyOrder(2)]
    public double BinDays => Math.Round(BinHours / 24.0, 4);

    /// <summary>Where the first bin starts, in days from the scenario's start.</summary>
    [JsonPropertyName("startDays"), JsonPropertyOrder(3)]
    public double StartDays => Math.Round(StartHour / 24.0, 4);

    /// <summary>The most bins a distribution has (a chart of 40 bars stays legible at a phone's width).</summary>
    public const int MaxBins = 40;

    /// <summary>The fewest bins the square-root rule is allowed to ask for, so a handful of runs still has a shape.</summary>
    public const int MinBins = 5;

    /// <summary>The bin widths tried, in hours, narrowest first.</summary>
    public static readonly IReadOnlyList<int> WidthsHours = [1, 2, 3, 6, 12, 24, 48, 96, 168, 336, 720];

    /// <summary>The two histograms of lengths in hours, on common bins; empty arrays when there are no runs.</summary>
    public static LengthDistribution Of(CountingHistogram baselineHours, CountingHistogram variantHours)
    {
        int[] lows = [.. new[] { baselineHours.Min, variantHours.Min }.OfType<int>()];
        int[] highs = [.. new[] { baselineHours.Max, variantHours.Max }.OfType<int>()];
        if (lows.Length == 0) return new LengthDistribution(WidthsHours[0], 0, [], []);
        var (low, high) = (lows.Min(), highs.Max());
        var runs = Math.Max(baselineHours.Count, variantHours.Count);
        var allowed = (int)Math.Clamp(Math.Ceiling(Math.Sqrt(runs)), MinBins, MaxBins);
        var width = WidthsHours.FirstOrDefault(w => BinCount(low, high, w) <= allowed, WidthsHours[^1]);
        var start = FloorTo(low, width);
        var bins = BinCount(low, high, width);
        return new LengthDistribution(
            width,
            start,
            baselineHours.Binned(start, width, bins),
            variantHours.Binned(start, width, bins));
    }

    private static int BinCount(int low, int high, int width) => (FloorTo(high, width) - FloorTo(low, width)) / width + 1;

    private static int FloorTo(int value, int width) => (int)Math.Floor(value / (double)width) * width;
}
