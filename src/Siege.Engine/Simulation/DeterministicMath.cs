namespace Siege.Engine.Simulation;

/// <summary>
/// Functions the engine needs that the platform's libm would give differently on different machines: built from
/// IEEE basic operations only (add, multiply, divide), so a run gives the same bits everywhere.
/// </summary>
internal static class DeterministicMath
{
    /// <summary>e^x: x halved (exactly) until |x| ≤ 1/2, a Taylor series there, then squared back; relative error below 1e-12.</summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        if (x < -745) return 0;
        if (x > 709) return double.PositiveInfinity;
        var halvings = 0;
        while (Math.Abs(x) > 0.5)
        {
            x /= 2;
            halvings++;
        }
        // 18 terms: the next, 0.5^18 / 18!, is below 1e-21.
        double sum = 1, term = 1;
        for (var k = 1; k <= 18; k++)
        {
            term *= x / k;
            sum += term;
        }
        for (var k = 0; k < halvings; k++) sum *= sum;
        return sum;
    }
}
