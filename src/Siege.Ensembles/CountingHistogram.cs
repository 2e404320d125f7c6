using System.Runtime.InteropServices;

namespace Siege.Ensembles;

/// <summary>
/// Exact percentiles of integers from their counts. Its memory grows with the number of distinct values, which is
/// bounded by the value range (hours up to the horizon, men up to a side's strength), never with the number of runs.
/// Counting is order-independent, so the result does not depend on the order values arrive in.
/// </summary>
/// <remarks>
/// Percentiles are nearest-rank: the p-th percentile of n values is the smallest value v such that at least
/// ⌈p·n/100⌉ of the values are ≤ v (and at least one). So p50 of {1, 2, 3, 4} is 2, p90 of {1, …, 10} is 9, and
/// every percentile is a value that actually occurred.
/// </remarks>
public sealed class CountingHistogram
{
    private readonly Dictionary<int, long> _counts = [];

    public long Count { get; private set; }

    /// <summary>Sum of the values, exact (a long of hours or men does not overflow for any plausible ensemble).</summary>
    public long Sum { get; private set; }

    public void Add(int value)
    {
        CollectionsMarshal.GetValueRefOrAddDefault(_counts, value, out _)++;
        Count++;
        Sum += value;
    }

    /// <summary>The nearest-rank percentiles for <paramref name="percents"/> (each 0–100), or null when empty.</summary>
    public int[]? Percentiles(params int[] percents)
    {
        if (Count == 0) return null;
        var values = _counts.Keys.Order().ToArray();
        var result = new int[percents.Length];
        for (var k = 0; k < percents.Length; k++)
        {
            var p = percents[k];
            ArgumentOutOfRangeException.ThrowIfNegative(p);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 100);
            // ⌈p·n/100⌉ in integers, so no rounding of p·n can move the rank.
            var rank = Math.Max(1, (p * Count + 99) / 100);
            long seen = 0;
            foreach (var v in values)
            {
                seen += _counts[v];
                if (seen >= rank)
                {
                    result[k] = v;
                    break;
                }
            }
        }
        return result;
    }

    public int? Percentile(int percent) => Percentiles(percent)?[0];

    /// <summary>The smallest value added, or null when empty.</summary>
    public int? Min => Count == 0 ? null : _counts.Keys.Min();

    /// <summary>The largest value added, or null when empty.</summary>
    public int? Max => Count == 0 ? null : _counts.Keys.Max();

    /// <summary>
    /// How many values fall in each of <paramref name="bins"/> bins of <paramref name="width"/>, the first starting at
    /// <paramref name="start"/> (bin k holds start + k·width ≤ value &lt; start + (k+1)·width). Values outside every
    /// bin are not counted.
    /// </summary>
    public long[] Binned(int start, int width, int bins)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegative(bins);
        var result = new long[bins];
        foreach (var (value, count) in _counts)
        {
            // Floor division, so values below zero would land in the bin below rather than the one above.
            var k = (int)Math.Floor((value - (double)start) / width);
            if (k >= 0 && k < bins) result[k] += count;
        }
        return result;
    }
}
