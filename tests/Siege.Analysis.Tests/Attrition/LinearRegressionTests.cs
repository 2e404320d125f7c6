using Siege.Analysis.Attrition;
using Siege.Analysis.Tests.Support;
using Siege.Analysis.Validation;

namespace Siege.Analysis.Tests.Attrition;

public sealed class LinearRegressionTests
{
    private static readonly string[] Terms = ["intercept", "x1", "x2"];
    private static readonly double[] Law = [1.5, -0.8, 0.3];
    private const double Noise = 0.5;

    private static (double[][] Rows, double[] Y) Draw(int n, ulong seed)
    {
        var rng = new SplitMix64(seed);
        var rows = new double[n][];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            rows[i] = [1, 4 * rng.NextDouble() - 2, rng.NextInt(2)];
            y[i] = Synthetic.Dot(Law, rows[i]) + Noise * Synthetic.Normal(rng);
        }
        return (rows, y);
    }

    [Fact]
    public void Recovers_the_coefficients_of_a_known_law()
    {
        var (rows, y) = Draw(2000, seed: 7);
        var fit = LinearRegression.Fit(rows, y, Terms);
        for (var i = 0; i < Law.Length; i++)
        {
            var c = fit.Coefficients[i];
            Assert.InRange(c.Estimate, Law[i] - 4 * c.StandardError, Law[i] + 4 * c.StandardError);
            Assert.True(c.Low95 < c.Estimate && c.Estimate < c.High95);
        }
        // The residual SD estimates the noise, 0.5; its own SD is about 0.5/√(2·1997) ≈ 0.008.
        Assert.InRange(fit.ResidualSd, 0.47, 0.53);
        Assert.Equal(1997, fit.DegreesOfFreedom);
    }

    [Fact]
    public void Standard_errors_match_the_textbook_formula_for_a_mean()
    {
        // With only an intercept, the estimate is the mean and its standard error s/√n.
        double[] y = [1, 2, 3, 4, 10];
        var fit = LinearRegression.Fit(y.Select(_ => new double[] { 1 }).ToArray(), y, ["mean"]);
        var mean = y.Average();
        var s = Math.Sqrt(y.Sum(v => (v - mean) * (v - mean)) / 4);
        Assert.Equal(4.0, fit.Coefficients[0].Estimate, 12);
        Assert.Equal(s / Math.Sqrt(5), fit.Coefficients[0].StandardError, 12);
        // 95 % interval with t(4, 0.975) = 2.7764451052.
        Assert.Equal(4.0 + 2.7764451052 * s / Math.Sqrt(5), fit.Coefficients[0].High95, 9);
        // A prediction interval for a new value is wider: s·√(1 + 1/n).
        var p = fit.Predict([1], 0.95);
        Assert.Equal(s * Math.Sqrt(1 + 1 / 5.0), p.StandardError, 12);
    }

    [Fact]
    public void Eighty_percent_intervals_hold_eighty_percent_of_new_cases()
    {
        var (rows, y) = Draw(300, seed: 11);
        var fit = LinearRegression.Fit(rows, y, Terms);
        var (newRows, newY) = Draw(20_000, seed: 12);
        var inside = newRows.Zip(newY).Count(p => fit.Predict(p.First, 0.8) is var i && p.Second >= i.Low && p.Second <= i.High);
        // Sampling error of the share is √(0.16/20000) ≈ 0.003; the fit's own error in s moves it by about ±0.01.
        Assert.InRange(inside / 20_000.0, 0.775, 0.825);
    }

    [Fact]
    public void A_term_without_data_is_refused()
    {
        double[][] rows = [[1, 0], [1, 0], [1, 0], [1, 0]];
        var e = Assert.Throws<InvalidOperationException>(() => LinearRegression.Fit(rows, [1.0, 2, 3, 4], ["intercept", "never seen"]));
        Assert.Contains("never seen", e.Message);
    }
}
