namespace Siege.Calibration;

/// <summary>
/// The continuous ranked probability score of a predictive sample against an observation y (Gneiting and Raftery
/// 2007, eq. 21): CRPS(F, y) = E|X − y| − ½ E|X − X′|, with X and X′ drawn independently from F. For the weighted
/// empirical distribution of a sample both expectations are finite sums, and the formula is exact for it (X = X′ is
/// allowed, the "non-fair" form). Sorted, E|X − X′| = 2 Σ_i w_i x_i (2 W_i + w_i − 1), W_i the weight before x_i, so a
/// score takes O(n) after an O(n log n) sort. Lower is better; it is in the units of the measure, and for a single
/// point x it is |x − y|.
/// </summary>
public static class Crps
{
    /// <summary>The CRPS of an unweighted sample (any order) against <paramref name="observed"/>.</summary>
    public static double Of(IEnumerable<double> sample, double observed)
    {
        var sorted = sample.Order().ToArray();
        return OfSorted(sorted, [.. sorted.Select(_ => 1.0)], observed);
    }

    /// <summary>
    /// The CRPS of a weighted sample sorted by value (<paramref name="values"/> ascending, <paramref name="weights"/>
    /// non-negative, not all zero; they are normalised here) against <paramref name="observed"/>.
    /// </summary>
    public static double OfSorted(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double observed)
    {
        if (values.Length != weights.Length) throw new ArgumentException("one weight a value");
        if (values.IsEmpty) throw new ArgumentException("an empty sample has no CRPS");
        if (!double.IsFinite(observed)) throw new ArgumentOutOfRangeException(nameof(observed), observed, "a finite observation");
        var total = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!(weights[i] >= 0) || !double.IsFinite(values[i])) throw new ArgumentException($"value {i}: finite values and non-negative weights");
            if (i > 0 && values[i] < values[i - 1]) throw new ArgumentException("values must be sorted ascending");
            total += weights[i];
        }
        if (!(total > 0)) throw new ArgumentException("the weights sum to zero");
        double toObserved = 0, spread = 0, before = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var w = weights[i] / total;
            toObserved += w * Math.Abs(values[i] - observed);
            spread += w * values[i] * (2 * before + w - 1);
            before += w;
        }
        // spread is ½ E|X − X′|; rounding can leave a negative of order 1e-16 where the sample is one point.
        return Math.Max(0, toObserved - spread);
    }
}
