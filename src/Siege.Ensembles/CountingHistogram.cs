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
}
