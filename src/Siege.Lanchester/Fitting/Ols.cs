using MathNet.Numerics.LinearAlgebra;

namespace Siege.Lanchester.Fitting;

/// <summary>Ordinary least squares with the classical covariance s²(XᵀX)⁻¹, s² = RSS / (n − k).</summary>
internal sealed class Ols
{
    private readonly Vector<double> _beta;
    private readonly Matrix<double> _covariance;

    private Ols(Vector<double> beta, Matrix<double> covariance, double residualSd)
    {
        _beta = beta;
        _covariance = covariance;
        ResidualStandardDeviation = residualSd;
    }

    public double ResidualStandardDeviation { get; }

    public static Ols Solve(IReadOnlyList<double[]> rows, IReadOnlyList<double> response)
    {
        var x = Matrix<double>.Build.DenseOfRowArrays(rows);
        var y = Vector<double>.Build.DenseOfEnumerable(response);
        if (x.RowCount <= x.ColumnCount) throw new ArgumentException($"{x.RowCount} usable intervals cannot determine {x.ColumnCount} unknowns with an error estimate");
        if (x.Rank() < x.ColumnCount)
            throw new ArgumentException("the series cannot separate the exponents: the logarithms of the strengths move in lockstep (add intervals where the sides' strengths change differently, e.g. with reinforcements)");
        var beta = x.QR().Solve(y);
        var residuals = y - x * beta;
        var s2 = residuals.DotProduct(residuals) / (x.RowCount - x.ColumnCount);
        var covariance = x.TransposeThisAndMultiply(x).Inverse() * s2;
        return new Ols(beta, covariance, Math.Sqrt(s2));
    }

    public Estimate Estimate(int i) => new(_beta[i], Math.Sqrt(_covariance[i, i]));

    /// <summary>e^βᵢ, with the delta-method standard error e^βᵢ·SE(βᵢ).</summary>
    public Estimate ExpEstimate(int i)
    {
        var v = Math.Exp(_beta[i]);
        return new(v, v * Math.Sqrt(_covariance[i, i]));
    }

    public Matrix<double> Covariance(int i, int j) =>
        Matrix<double>.Build.DenseOfArray(new[,] { { _covariance[i, i], _covariance[i, j] }, { _covariance[j, i], _covariance[j, j] } });
}
