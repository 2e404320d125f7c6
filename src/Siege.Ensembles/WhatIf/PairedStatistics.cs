namespace Siege.Ensembles.WhatIf;

/// <summary>
/// Running mean and variance (Welford) of a baseline value, a variant value and their paired difference. The
/// variance reduction of common random numbers is measured, not assumed: independent seeds would give a difference
/// with variance Var(baseline) + Var(variant); the paired difference has Var(variant − baseline).
/// </summary>
public sealed class PairedStatistics
{
    private readonly Welford _baseline = new(), _variant = new(), _difference = new();

    public int Count => _difference.Count;

    public void Add(double baseline, double variant)
    {
        _baseline.Add(baseline);
        _variant.Add(variant);
        _difference.Add(variant - baseline);
    }

    public double BaselineMean => _baseline.Mean;
    public double VariantMean => _variant.Mean;

    /// <summary>Mean difference and its 95% interval (normal approximation: ±1.96 standard errors).</summary>
    public PairedDifference Difference()
    {
        var half = Count > 1 ? 1.96 * Math.Sqrt(_difference.Variance / Count) : 0;
        return new PairedDifference(Round(_difference.Mean), [Round(_difference.Mean - half), Round(_difference.Mean + half)]);
    }

    /// <summary>(Var(baseline) + Var(variant)) / Var(variant − baseline); null when the paired variance is zero.</summary>
    public double? VarianceReduction() =>
        _difference.Variance > 0 ? Math.Round((_baseline.Variance + _variant.Variance) / _difference.Variance, 3) : null;

    private static double Round(double x) => Math.Round(x, 3);

    private sealed class Welford
    {
        private double _m2;

        public int Count { get; private set; }
        public double Mean { get; private set; }
        public double Variance => Count > 1 ? _m2 / (Count - 1) : 0;

        public void Add(double x)
        {
            Count++;
            var delta = x - Mean;
            Mean += delta / Count;
            _m2 += delta * (x - Mean);
        }
    }
}
