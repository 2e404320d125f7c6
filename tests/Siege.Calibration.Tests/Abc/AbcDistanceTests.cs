using Siege.Calibration.Abc;

namespace Siege.Calibration.Tests.Abc;

public sealed class AbcDistanceTests
{
    [Fact]
    public void A_bound_is_not_missed_by_a_run_beyond_it()
    {
        var held = new AbcTarget("held on day 20", 0, 20, Censoring.AtLeast);
        Assert.Equal(0, held.Residual(25));
        Assert.Equal(0, held.Residual(20));
        Assert.Equal(3, held.Residual(17));
        var atMost = new AbcTarget("at most 100", 0, 100, Censoring.AtMost);
        Assert.Equal(0, atMost.Residual(90));
        Assert.Equal(10, atMost.Residual(110));
        Assert.Equal(4, new AbcTarget("exact", 0, 10).Residual(6));
        Assert.True(double.IsNaN(held.Residual(double.NaN)));
    }

    [Fact]
    public void The_distance_is_the_norm_of_the_scaled_residuals_and_a_missing_measure_counts_as_given()
    {
        AbcTarget[] targets = [new("a", 0, 10), new("b", 2, 100, Censoring.AtLeast)];
        // (13 - 10) / 1.5 = 2 and (96 short of 100) / 1 = 4 → √20; measure 1 is read by no target.
        Assert.Equal(Math.Sqrt(20), AbcDistance.Of(targets, [1.5, 1.0], [13, 999, 96], 4.0), 12);
        Assert.Equal(2.0, AbcDistance.Of(targets, [1.5, 1.0], [13, 999, 150], 4.0), 12);
        Assert.Equal(Math.Sqrt(4 + 9), AbcDistance.Of(targets, [1.5, 1.0], [13, 999, double.NaN], 3.0), 12);
    }

    [Fact]
    public void Each_target_is_scaled_by_the_median_absolute_deviation_of_its_runs()
    {
        AbcTarget[] targets = [new("a", 0, 0), new("b", 1, 0), new("c", 2, 0), new("d", 3, 0)];
        double[][] runs =
        [
            [1, 5, 7, double.NaN],
            [2, 5, 7, double.NaN],
            [3, 5, 7, double.NaN],
            [4, 5, 7, double.NaN],
            [100, 9, 7, double.NaN],
            [double.NaN, 5, 7, double.NaN],
        ];
        // a: median 3, |deviations| 2 1 0 1 97 (NaN left out): MAD 1, whatever the outlier.
        // b: MAD 0 (five 5s and a 9), so the mean absolute deviation from the median: 4 / 6.
        // c and d: every run the same, or none with a value: 1.
        Assert.Equal([1.0, 4.0 / 6, 1.0, 1.0], AbcDistance.Scales(targets, runs));
    }
}
