using Siege.Engine.Randomness;

namespace Siege.Calibration.Tests;

public sealed class CrpsTests
{
    /// <summary>CRPS of the uniform distribution on [a, b] at y (Gneiting and Raftery 2007): E|X − y| − (b − a)/6.</summary>
    private static double UniformCrps(double a, double b, double y)
    {
        var toObserved = y <= a ? (a + b) / 2 - y
            : y >= b ? y - (a + b) / 2
            : ((y - a) * (y - a) + (b - y) * (b - y)) / (2 * (b - a));
        return toObserved - (b - a) / 6;
    }

    /// <summary>The CRPS by its definition, ∫ (F(x) − 1{x ≥ y})² dx, integrated exactly over the steps of the empirical F.</summary>
    private static double ByIntegral(double[] values, double[] weights, double y)
    {
        var total = weights.Sum();
        var points = values.Append(y).Distinct().Order().ToArray();
        var integral = 0.0;
        for (var k = 0; k + 1 < points.Length; k++)
        {
            var cdf = values.Select((v, i) => v <= points[k] ? weights[i] : 0).Sum() / total;
            var step = points[k] >= y ? 1.0 : 0.0;
            integral += (cdf - step) * (cdf - step) * (points[k + 1] - points[k]);
        }
        return integral;
    }

    [Theory]
    [InlineData(3.0, 3.0, 0.0)]
    [InlineData(3.0, 5.5, 2.5)]
    [InlineData(-2.0, 1.0, 3.0)]
    public void A_single_point_scores_its_distance_from_the_observation(double x, double y, double expected)
    {
        Assert.Equal(expected, Crps.Of([x], y), 12);
        Assert.Equal(expected, Crps.Of([x, x, x, x], y), 12);
    }

    [Fact]
    public void Two_points_score_as_worked_by_hand()
    {
        // {0, 1} against 0: E|X − y| = ½, E|X − X′| = ½ (two of the four pairs differ by 1), so ½ − ¼.
        Assert.Equal(0.25, Crps.Of([1, 0], 0), 12);
        // {0 with weight 3, 1 with weight 1} against 1: E|X − y| = ¾, E|X − X′| = 2·¾·¼ = ⅜, so ¾ − 3/16.
        Assert.Equal(0.5625, Crps.OfSorted([0, 1], [3, 1], 1), 12);
    }

    [Theory]
    [InlineData(2.0, 5.0, 3.5)]
    [InlineData(2.0, 5.0, 2.3)]
    [InlineData(2.0, 5.0, 7.0)]
    [InlineData(0.0, 1.0, -0.4)]
    public void A_fine_uniform_grid_scores_as_the_uniform_distribution(double a, double b, double y)
    {
        // The midpoints of 2,000 equal cells: the empirical CRPS is within (b − a)/n² of the uniform's, far below 1e-5.
        const int n = 2000;
        var grid = Enumerable.Range(0, n).Select(i => a + (b - a) * (i + 0.5) / n).Reverse().ToArray();
        Assert.InRange(Crps.Of(grid, y) - UniformCrps(a, b, y), -1e-5, 1e-5);
    }

    [Fact]
    public void Weighted_samples_with_ties_score_as_the_integral_that_defines_the_crps()
    {
        var rng = new Xoshiro256StarStar(12);
        for (var trial = 0; trial < 20; trial++)
        {
            var values = Enumerable.Range(0, 30).Select(_ => Math.Round(rng.NextDouble() * 10, 0)).Order().ToArray();
            var weights = values.Select(_ => 0.1 + rng.NextDouble()).ToArray();
            var y = rng.NextDouble() * 14 - 2;
            Assert.Equal(ByIntegral(values, weights, y), Crps.OfSorted(values, weights, y), 10);
        }
    }

    [Fact]
    public void A_sharper_forecast_centred_on_the_observation_scores_better_and_bad_samples_are_refused()
    {
        Assert.True(Crps.Of([4.9, 5.0, 5.1], 5) < Crps.Of([4, 5, 6], 5));
        Assert.Throws<ArgumentException>(() => Crps.Of([], 1));
        Assert.Throws<ArgumentException>(() => Crps.OfSorted([2, 1], [1, 1], 1));
        Assert.Throws<ArgumentException>(() => Crps.OfSorted([1, 2], [0, 0], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Crps.Of([1], double.NaN));
    }
}
