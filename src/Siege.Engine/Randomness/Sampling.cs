namespace Siege.Engine.Randomness;

/// <summary>
/// Draws used by the combat model. Only IEEE basic operations and square roots are used (no exp, log or pow from the
/// platform's maths library), so a run gives the same numbers on every machine.
/// </summary>
public static class Sampling
{
    /// <summary>Below this mean the binomial is drawn exactly by inversion; above it, by a normal approximation.</summary>
    internal const double ExactBelowMean = 12.0;

    /// <summary>Number of successes in <paramref name="n"/> trials of probability <paramref name="p"/>.</summary>
    public static int Binomial(Xoshiro256StarStar rng, int n, double p)
    {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        var mean = n * p;
        if (mean < ExactBelowMean) return BinomialByInversion(rng, n, p);

        var sd = Math.Sqrt(mean * (1 - p));
        var draw = Math.Round(mean + sd * StandardNormal(rng), MidpointRounding.ToEven);
        return (int)Math.Clamp(draw, 0, n);
    }

    /// <summary>
    /// An approximately standard normal deviate: the Irwin–Hall sum of four uniforms, centred and scaled to variance 1
    /// (bounded ±2√3). Four draws instead of the textbook twelve keep a run inside its time budget; the tails it cuts
    /// off (beyond 3.46 σ) matter little for casualty counts.
    /// </summary>
    public static double StandardNormal(Xoshiro256StarStar rng)
    {
        var sum = rng.NextDouble() + rng.NextDouble() + rng.NextDouble() + rng.NextDouble();
        return (sum - 2.0) * Sqrt3;
    }

    private const double Sqrt3 = 1.7320508075688772;

    /// <summary>Integer power by repeated squaring: deterministic, unlike Math.Pow.</summary>
    public static double PowInt(double x, int n)
    {
        var result = 1.0;
        while (n > 0)
        {
            // result *= x when the bit is set, else result *= 1.0, which leaves it exactly as it was: the same
            // products as a branch on the bit, without a branch the CPU mispredicts for every other bit of n.
            var take = -(long)(n & 1);
            var factor = BitConverter.Int64BitsToDouble((BitConverter.DoubleToInt64Bits(x) & take) | (OneBits & ~take));
            result *= factor;
            x *= x;
            n >>= 1;
        }
        return result;
    }

    private static readonly long OneBits = BitConverter.DoubleToInt64Bits(1.0);

    private static int BinomialByInversion(Xoshiro256StarStar rng, int n, double p)
    {
        var q = 1 - p;
        var probability = PowInt(q, n);
        var cumulative = probability;
        var u = rng.NextDouble();
        var k = 0;
        var ratio = p / q;
        while (u > cumulative && k < n)
        {
            probability *= ratio * (n - k) / (k + 1);
            k++;
            cumulative += probability;
            if (probability <= 0) break;
        }
        return k;
    }
}
