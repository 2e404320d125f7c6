using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Fitting;

/// <summary>Wald tests of fitted exponents against the named laws.</summary>
internal static class LawTests
{
    /// <summary>Shared exponents (p, q) with their 2×2 covariance, against the laws that have shared exponents.</summary>
    public static ImmutableArray<LawTest> Shared(double p, double q, Matrix<double> covariance)
    {
        var tests = ImmutableArray.CreateBuilder<LawTest>();
        foreach (var law in new[] { LanchesterLaw.Square, LanchesterLaw.Linear, LanchesterLaw.Logarithmic })
        {
            var (e, _) = LanchesterModel.ExponentsOf(law);
            if (Wald(covariance, [p - e.Own, q - e.Enemy]) is { } chi) tests.Add(Test(law, chi, 2));
        }
        return tests.ToImmutable();
    }

    /// <summary>
    /// Each side's exponents with their covariance, against every named law. The two sides' estimates are taken as
    /// independent (true of two separate regressions), so the statistic is the sum of the sides'.
    /// </summary>
    public static ImmutableArray<LawTest> PerSide(Exponents x, Matrix<double> covX, Exponents y, Matrix<double> covY)
    {
        var tests = ImmutableArray.CreateBuilder<LawTest>();
        foreach (var law in new[] { LanchesterLaw.Square, LanchesterLaw.Linear, LanchesterLaw.Logarithmic, LanchesterLaw.Mixed })
        {
            var (ex, ey) = LanchesterModel.ExponentsOf(law);
            if (Wald(covX, [x.Own - ex.Own, x.Enemy - ex.Enemy]) is { } chiX && Wald(covY, [y.Own - ey.Own, y.Enemy - ey.Enemy]) is { } chiY)
                tests.Add(Test(law, chiX + chiY, 4));
        }
        return tests.ToImmutable();
    }

    /// <summary>Every named law against a full covariance of (px, qx, py, qy), for a joint trajectory fit.</summary>
    public static ImmutableArray<LawTest> Joint(Exponents x, Exponents y, Matrix<double> covariance)
    {
        var tests = ImmutableArray.CreateBuilder<LawTest>();
        foreach (var law in new[] { LanchesterLaw.Square, LanchesterLaw.Linear, LanchesterLaw.Logarithmic, LanchesterLaw.Mixed })
        {
            var (ex, ey) = LanchesterModel.ExponentsOf(law);
            if (Wald(covariance, [x.Own - ex.Own, x.Enemy - ex.Enemy, y.Own - ey.Own, y.Enemy - ey.Enemy]) is { } chi)
                tests.Add(Test(law, chi, 4));
        }
        return tests.ToImmutable();
    }

    private static LawTest Test(LanchesterLaw law, double chi, int df) => new(law, chi, df, 1 - ChiSquared.CDF(df, chi));

    /// <summary>dᵀΣ⁻¹d, or null when Σ is singular (an exact fit has no scatter to test against).</summary>
    private static double? Wald(Matrix<double> covariance, double[] d)
    {
        if (!(covariance.Determinant() > 0)) return null;
        var v = Vector<double>.Build.DenseOfArray(d);
        return v * covariance.Inverse() * v;
    }
}
