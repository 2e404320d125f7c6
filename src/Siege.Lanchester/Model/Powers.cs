namespace Siege.Lanchester.Model;

/// <summary>The power u^e of a strength, as the attrition terms use it everywhere.</summary>
internal static class Powers
{
    /// <summary>
    /// 0^0 = 1 (a side at zero with own exponent 0 still kills arriving reinforcements); 0^e = 0 for any other e,
    /// a negative one included, since a side at zero has nobody left to lose or to fire. Exponents 0, 1 and 2 are
    /// computed exactly.
    /// </summary>
    public static double Of(double u, double e) => e switch
    {
        0 => 1,
        1 => u,
        2 => u * u,
        _ => u > 0 ? Math.Pow(u, e) : 0,
    };
}
