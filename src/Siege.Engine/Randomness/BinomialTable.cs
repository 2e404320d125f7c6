namespace Siege.Engine.Randomness;

/// <summary>
/// Binomial draws for one fixed probability (a share killed, a share captured) with the cumulative probabilities of
/// the exact method worked out once per number of trials rather than at every draw. A draw gives exactly what
/// <see cref="Sampling.Binomial"/> gives for that probability: the same single uniform is compared with the same
/// doubles, computed by the same operations in the same order. Numbers of trials the table does not cover (large
/// ones, or those drawn by the normal approximation) go to <see cref="Sampling.Binomial"/> itself.
/// </summary>
public sealed class BinomialTable
{
    /// <summary>Largest number of trials tabulated: the draws this serves are a few men at a time.</summary>
    public const int MaxTrials = 256;

    /// <summary>The largest value <see cref="Xoshiro256StarStar.NextDouble"/> returns.</summary>
    private const double LargestUniform = 1.0 - 1.0 / (1UL << 53);

    private readonly double[]?[] _cumulative;

    public BinomialTable(double p)
    {
        Probability = p;
        _cumulative = new double[]?[MaxTrials + 1];
        if (!(p > 0 && p < 1)) return;
        for (var n = 1; n <= MaxTrials && n * p < Sampling.ExactBelowMean; n++) _cumulative[n] = Cumulative(n, p);
    }

    public double Probability { get; }

    /// <summary>Number of successes in <paramref name="n"/> trials: the same as <c>Sampling.Binomial(rng, n, Probability)</c>.</summary>
    public int Draw(Xoshiro256StarStar rng, int n)
    {
        if ((uint)n > MaxTrials || _cumulative[n] is not { } cumulative) return Sampling.Binomial(rng, n, Probability);
        var u = rng.NextDouble();
        var k = 0;
        while (k < cumulative.Length && u > cumulative[k]) k++;
        return k;
    }

    /// <summary>
    /// The cumulative probabilities Sampling's inversion compares the uniform with, up to where its search stops
    /// whatever the uniform: at n, where the probability of k underflows to zero, or once the sum passes the largest
    /// uniform. A draw is the first k whose sum is at least the uniform, or the length of the row if none is.
    /// </summary>
    private static double[] Cumulative(int n, double p)
    {
        // The same statements as Sampling.BinomialByInversion, so that every double is the same.
        var q = 1 - p;
        var probability = Sampling.PowInt(q, n);
        var cumulative = probability;
        var ratio = p / q;
        var row = new List<double> { cumulative };
        for (var k = 0; k < n && cumulative < LargestUniform;)
        {
            probability *= ratio * (n - k) / (k + 1);
            k++;
            cumulative += probability;
            if (probability <= 0 || k == n) break;
            row.Add(cumulative);
        }
        return [.. row];
    }
}
