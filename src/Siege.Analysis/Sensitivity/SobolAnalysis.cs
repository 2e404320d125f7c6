using Siege.Analysis.Validation;

namespace Siege.Analysis.Sensitivity;

/// <summary>An index and its bootstrap 95% interval.</summary>
public readonly record struct Estimate(double Value, double Low, double High);

/// <summary>The first-order index S1 and the total index ST of one input.</summary>
public sealed record SobolIndex(Estimate First, Estimate Total);

/// <summary>
/// Sobol indices from the outputs of a <see cref="SaltelliDesign"/>. With f_A, f_B and f_ABi the outputs at the rows of
/// A, B and AB_i, and V the variance of the outputs of A and B together:
/// S1_i = mean(f_B · (f_ABi − f_A)) / V (Saltelli et al. 2010, Computer Physics Communications 181, 259–270) and
/// ST_i = mean((f_A − f_ABi)²) / (2V) (Jansen 1999, Computer Physics Communications 117, 35–43). Each interval is the
/// 2.5th to 97.5th percentile of the index over bootstrap resamples of the N rows (a row's A, B and AB_i outputs
/// stay together), drawn from a fixed seed so the intervals are reproducible. An output that is NaN is a point the
/// model could not be evaluated at (a combination of values its rules forbid): the rows it belongs to are left out of
/// the sums that need it, and each mean is over the rows left.
/// </summary>
public static class SobolAnalysis
{
    public const int DefaultResamples = 1000;

    public static IReadOnlyList<SobolIndex> Analyse(
        SaltelliDesign design, IReadOnlyList<double> outputs, int resamples = DefaultResamples, ulong seed = 1)
    {
        var (n, d) = (design.Samples, design.Parameters);
        if (outputs.Count != design.Points.Count)
            throw new ArgumentException($"{outputs.Count} outputs for a design of {design.Points.Count} points", nameof(outputs));
        ArgumentOutOfRangeException.ThrowIfNegative(resamples);
        if (outputs.Any(double.IsInfinity)) throw new ArgumentException("an output is infinite", nameof(outputs));
        double A(int j) => outputs[j];
        double B(int j) => outputs[n + j];
        double AB(int i, int j) => outputs[(2 + i) * n + j];

        var all = Enumerable.Range(0, n).ToArray();
        var rng = new SplitMix64(seed);
        var draws = Enumerable.Range(0, resamples).Select(_ => Enumerable.Range(0, n).Select(_ => rng.NextInt(n)).ToArray()).ToArray();

        double Variance(int[] rows)
        {
            double sum = 0, sumSq = 0, m = 0;
            foreach (var j in rows)
            {
                if (double.IsNaN(A(j)) || double.IsNaN(B(j))) continue;
                sum += A(j) + B(j);
                sumSq += A(j) * A(j) + B(j) * B(j);
                m += 2;
            }
            return m < 2 ? 0 : (sumSq - sum * sum / m) / (m - 1);
        }

        (double S1, double ST) Indices(int i, int[] rows, double variance)
        {
            double first = 0, total = 0;
            var used = 0;
            foreach (var j in rows)
            {
                if (double.IsNaN(A(j)) || double.IsNaN(B(j)) || double.IsNaN(AB(i, j))) continue;
                first += B(j) * (AB(i, j) - A(j));
                var step = A(j) - AB(i, j);
                total += step * step;
                used++;
            }
            // A model that does not vary has no share of variance to give: every index is 0.
            if (variance <= 0 || used == 0) return (0, 0);
            return (first / used / variance, total / used / 2 / variance);
        }

        var fullVariance = Variance(all);
        var resampledVariance = draws.Select(Variance).ToArray();
        return Enumerable.Range(0, d).Select(i =>
        {
            var (s1, st) = Indices(i, all, fullVariance);
            var boot = draws.Select((rows, k) => Indices(i, rows, resampledVariance[k])).ToArray();
            return new SobolIndex(
                Interval(s1, boot.Select(b => b.S1)),
                Interval(st, boot.Select(b => b.ST)));
        }).ToList();
    }

    private static Estimate Interval(double value, IEnumerable<double> resampled)
    {
        var sorted = resampled.Order().ToArray();
        if (sorted.Length == 0) return new Estimate(value, value, value);
        return new Estimate(value, Percentile(sorted, 0.025), Percentile(sorted, 0.975));
    }

    /// <summary>The p-quantile of sorted values, linear between order statistics.</summary>
    internal static double Percentile(double[] sorted, double p)
    {
        var at = p * (sorted.Length - 1);
        var lo = (int)Math.Floor(at);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
    }
}
