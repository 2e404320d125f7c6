using System.Collections.Immutable;

namespace Siege.Calibration;

/// <summary>A weighted sample of one run measure, sorted by value: the posterior predictive distribution.</summary>
public sealed class Predictive
{
    private readonly ImmutableArray<(double Value, double Weight)> _sorted;
    private readonly double _total;

    internal Predictive(ImmutableArray<(double Value, double Weight)> sorted)
    {
        _sorted = sorted;
        _total = sorted.Sum(p => p.Weight);
    }

    /// <summary>The share of the posterior weight in runs where the measure has a value.</summary>
    public double Share => _total;

    public bool IsEmpty => _sorted.IsEmpty;

    /// <summary>The smallest value with at least <paramref name="p"/> of the weight at or below it.</summary>
    public double Quantile(double p)
    {
        if (_sorted.IsEmpty) return double.NaN;
        var cumulative = 0.0;
        foreach (var (value, weight) in _sorted)
        {
            cumulative += weight;
            if (cumulative >= p * _total) return value;
        }
        return _sorted[^1].Value;
    }

    /// <summary>The CRPS of this distribution (its runs with their weights) against <paramref name="observed"/>: <see cref="Calibration.Crps"/>.</summary>
    public double Crps(double observed)
    {
        if (_sorted.IsEmpty) return double.NaN;
        return Calibration.Crps.OfSorted([.. _sorted.Select(p => p.Value)], [.. _sorted.Select(p => p.Weight)], observed);
    }

    /// <summary>The probability, under the posterior, that a run gives at least <paramref name="value"/>.</summary>
    public double AtLeast(double value) =>
        _sorted.IsEmpty ? double.NaN : _sorted.Where(p => p.Value >= value).Sum(p => p.Weight) / _total;
}
