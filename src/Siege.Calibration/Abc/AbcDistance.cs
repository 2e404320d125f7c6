namespace Siege.Calibration.Abc;

/// <summary>
/// The distance of a run from the record: the Euclidean norm of each target's residual divided by that target's
/// scale. The scales adapt (Prangle 2017, "Adapting the ABC distance function", Bayesian Analysis 12(1)): after each
/// generation every target is scaled by the median absolute deviation (MAD) of its measure over all the runs that
/// generation made, accepted or not, so that no figure dominates the distance by its units or its spread alone.
/// </summary>
public static class AbcDistance
{
    /// <summary>One run's distance: √Σ (residual / scale)², a missing measure counting as <paramref name="missingResidual"/> scales.</summary>
    public static double Of(ReadOnlySpan<AbcTarget> targets, ReadOnlySpan<double> scales, ReadOnlySpan<double> measures, double missingResidual)
    {
        var sum = 0.0;
        for (var k = 0; k < targets.Length; k++)
        {
            var residual = targets[k].Residual(measures[targets[k].Slot]);
            var scaled = double.IsNaN(residual) ? missingResidual : residual / scales[k];
            sum += scaled * scaled;
        }
        return Math.Sqrt(sum);
    }

    /// <summary>
    /// Each target's scale over <paramref name="runs"/> (arrays of measures): the MAD of its measure, or where that is
    /// 0 (most runs give the same value) the mean absolute deviation from the median, or 1 when every run gives the
    /// same value or none gives any.
    /// </summary>
    public static double[] Scales(IReadOnlyList<AbcTarget> targets, IReadOnlyList<double[]> runs)
    {
        var scales = new double[targets.Count];
        var values = new List<double>(runs.Count);
        for (var k = 0; k < targets.Count; k++)
        {
            values.Clear();
            foreach (var run in runs)
            {
                var x = run[targets[k].Slot];
                if (!double.IsNaN(x)) values.Add(x);
            }
            scales[k] = Spread(values);
        }
        return scales;
    }

    private static double Spread(List<double> values)
    {
        if (values.Count == 0) return 1;
        values.Sort();
        var median = AbcQuantile.OfSorted(values, 0.5);
        var deviations = values.Select(v => Math.Abs(v - median)).ToList();
        deviations.Sort();
        var mad = AbcQuantile.OfSorted(deviations, 0.5);
        if (mad > 0) return mad;
        var mean = deviations.Sum() / deviations.Count;
        return mean > 0 ? mean : 1;
    }
}

/// <summary>Quantiles of an unweighted sample, by linear interpolation between order statistics (Hyndman and Fan's type 7).</summary>
internal static class AbcQuantile
{
    public static double OfSorted(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) throw new ArgumentException("no values", nameof(sorted));
        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    public static double Of(IEnumerable<double> values, double p)
    {
        var sorted = values.ToList();
        sorted.Sort();
        return OfSorted(sorted, p);
    }
}
