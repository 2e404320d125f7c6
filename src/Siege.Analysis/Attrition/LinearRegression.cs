using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Siege.Analysis.Attrition;

/// <summary>A coefficient with its standard error and 95 % confidence interval (t distribution).</summary>
public sealed record Coefficient(string Term, double Estimate, double StandardError, double Low95, double High95);

/// <summary>A prediction on the scale of the response: the fitted mean and a prediction interval for a new case.</summary>
public readonly record struct PredictionInterval(double Mean, double Low, double High, double StandardError);

/// <summary>
/// Ordinary least squares with normal errors. Prediction intervals for a new case use the t distribution with the
/// residual degrees of freedom and include the uncertainty of the coefficients, s²(1 + x'(X'X)⁻¹x), not only the
/// residual spread: with a dozen terms and a few hundred battles the difference is small but not nothing at the edges.
/// </summary>
public sealed class LinearRegression
{
    private readonly Matrix<double> _covarianceUnscaled;

    private LinearRegression(ImmutableArray<Coefficient> coefficients, Matrix<double> covarianceUnscaled,
        double residualSd, int observations)
    {
        Coefficients = coefficients;
        _covarianceUnscaled = covarianceUnscaled;
        ResidualSd = residualSd;
        Observations = observations;
    }

    public ImmutableArray<Coefficient> Coefficients { get; }

    /// <summary>The residual standard deviation s, with n − p in the denominator.</summary>
    public double ResidualSd { get; }

    public int Observations { get; }

    public int DegreesOfFreedom => Observations - Coefficients.Length;

    public static LinearRegression Fit(IReadOnlyList<double[]> rows, IReadOnlyList<double> response, IReadOnlyList<string> terms)
    {
        var n = rows.Count;
        var p = terms.Count;
        if (response.Count != n) throw new ArgumentException("one response per row is needed", nameof(response));
        if (rows.Any(r => r.Length != p)) throw new ArgumentException($"every row needs {p} values", nameof(rows));
        if (n <= p) throw new ArgumentException($"{n} observations cannot fit {p} terms with any left to estimate the spread", nameof(rows));

        var x = Matrix<double>.Build.DenseOfRowArrays(rows);
        var y = Vector<double>.Build.DenseOfEnumerable(response);
        // QR rather than the normal equations: the dummies of a rare class make X'X poorly conditioned.
        var qr = x.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        var r = qr.R;
        var largest = Enumerable.Range(0, p).Max(i => Math.Abs(r[i, i]));
        for (var i = 0; i < p; i++)
            if (Math.Abs(r[i, i]) <= 1e-10 * largest)
                throw new InvalidOperationException($"term '{terms[i]}' cannot be estimated: no observation (or no variation) for it");

        var beta = qr.Solve(y);
        var residuals = y - x * beta;
        var dof = n - p;
        var s = Math.Sqrt(residuals.DotProduct(residuals) / dof);
        var rInverse = r.Inverse();
        var unscaled = rInverse * rInverse.Transpose();
        var t = StudentT.InvCDF(0, 1, dof, 0.975);
        var coefficients = Enumerable.Range(0, p).Select(i =>
        {
            var se = s * Math.Sqrt(unscaled[i, i]);
            return new Coefficient(terms[i], beta[i], se, beta[i] - t * se, beta[i] + t * se);
        }).ToImmutableArray();
        return new LinearRegression(coefficients, unscaled, s, n);
    }

    public double Mean(double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++) sum += Coefficients[i].Estimate * x[i];
        return sum;
    }

    /// <summary>The central prediction interval holding a new case with probability <paramref name="level"/>.</summary>
    public PredictionInterval Predict(double[] x, double level)
    {
        if (level is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(level), level, "must lie between 0 and 1");
        var v = Vector<double>.Build.DenseOfArray(x);
        var leverage = v.DotProduct(_covarianceUnscaled * v);
        var se = ResidualSd * Math.Sqrt(1 + leverage);
        var t = StudentT.InvCDF(0, 1, DegreesOfFreedom, 0.5 + level / 2);
        var mean = Mean(x);
        return new PredictionInterval(mean, mean - t * se, mean + t * se, se);
    }
}
