namespace Siege.Engine.Randomness;

/// <summary>
/// The exponential, the natural logarithm and real powers from IEEE basic operations only (the platform's maths
/// library may round differently from one machine to the next, and the engine must not). Accurate to a few units in
/// the last place, which is far more than a probability of the combat model needs; what matters is that every
/// machine computes the same bits.
/// </summary>
public static class DeterministicMath
{
    // ln 2 split in two so that k × Ln2High is exact for the k a double's range allows (Cody and Waite's reduction).
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double InverseLn2 = 1.44269504088896338700e+00;
    private const double Sqrt2 = 1.41421356237309504880;

    /// <summary>e raised to <paramref name="x"/>.</summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x > 709.782712893384) return double.PositiveInfinity;
        if (x < -745.1332191019412) return 0.0;
        // x = k ln 2 + r with |r| ≤ ln 2 / 2, so e^x = 2^k e^r and the series for e^r converges fast.
        var k = Math.Round(x * InverseLn2, MidpointRounding.ToEven);
        var r = x - k * Ln2High - k * Ln2Low;
        // Taylor series to r^16 / 16!: below 1e-19 for |r| ≤ 0.347, summed from the smallest term.
        var sum = 1.0;
        for (var n = 16; n >= 1; n--) sum = 1.0 + sum * r / n;
        return Math.ScaleB(sum, (int)k);
    }

    /// <summary>The natural logarithm of <paramref name="x"/> (NaN below 0, −∞ at 0).</summary>
    public static double Log(double x)
    {
        if (double.IsNaN(x) || x < 0) return double.NaN;
        if (x == 0) return double.NegativeInfinity;
        if (double.IsPositiveInfinity(x)) return x;
        // x = m 2^e with m in [√½, √2): ln x = e ln 2 + ln m, and ln m = 2 atanh(s) with s = (m − 1) / (m + 1), |s| < 0.172.
        var e = Math.ILogB(x);
        var m = Math.ScaleB(x, -e);
        if (m >= Sqrt2)
        {
            m *= 0.5;
            e++;
        }
        var s = (m - 1) / (m + 1);
        var s2 = s * s;
        // 2 (s + s³/3 + s⁵/5 + …) to s^25: the next term is below 1e-20.
        var series = 0.0;
        for (var n = 25; n >= 1; n -= 2) series = 1.0 / n + s2 * series;
        return e * Ln2High + (2 * s * series + e * Ln2Low);
    }

    /// <summary><paramref name="x"/> raised to the real power <paramref name="y"/>, for x ≥ 0 (0^y is 0 for y &gt; 0, 1 for y = 0).</summary>
    public static double Pow(double x, double y)
    {
        if (y == 0) return 1.0;
        if (x == 0) return y > 0 ? 0.0 : double.PositiveInfinity;
        if (x == 1) return 1.0;
        return Exp(y * Log(x));
    }
}
