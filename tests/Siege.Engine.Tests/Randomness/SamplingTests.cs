using Siege.Engine.Randomness;

namespace Siege.Engine.Tests.Randomness;

public sealed class SamplingTests
{
    [Theory]
    [InlineData(10, 0.3)]      // exact inversion (mean 3)
    [InlineData(500, 0.01)]    // exact inversion (mean 5)
    [InlineData(2000, 0.05)]   // normal approximation (mean 100)
    [InlineData(40000, 0.002)] // normal approximation (mean 80)
    public void Binomial_draws_have_mean_np_and_variance_npq(int n, double p)
    {
        var rng = new Xoshiro256StarStar(77);
        const int draws = 40_000;
        var values = Enumerable.Range(0, draws).Select(_ => (double)Sampling.Binomial(rng, n, p)).ToArray();
        var mean = values.Average();
        var variance = values.Select(v => (v - mean) * (v - mean)).Average();
        var expectedVariance = n * p * (1 - p);
        var standardError = Math.Sqrt(expectedVariance / draws);
        Assert.InRange(mean, n * p - 5 * standardError, n * p + 5 * standardError);
        Assert.InRange(variance, expectedVariance * 0.95, expectedVariance * 1.05);
        Assert.All(values, v => Assert.InRange(v, 0, n));
    }

    [Fact]
    public void Binomial_edge_cases_are_exact()
    {
        var rng = new Xoshiro256StarStar(1);
        Assert.Equal(0, Sampling.Binomial(rng, 0, 0.5));
        Assert.Equal(0, Sampling.Binomial(rng, 100, 0));
        Assert.Equal(100, Sampling.Binomial(rng, 100, 1));
        Assert.Equal(0, Sampling.Binomial(rng, -3, 0.5));
    }

    [Theory]
    [InlineData(0.5, 10, 1.0 / 1024)]
    [InlineData(0.99, 0, 1.0)]
    [InlineData(3.0, 5, 243.0)]
    public void Integer_powers_are_exact_for_exact_inputs(double x, int n, double expected) =>
        Assert.Equal(expected, Sampling.PowInt(x, n));

    [Fact]
    public void The_Irwin_Hall_normal_has_mean_0_variance_1_and_bounded_tails()
    {
        var rng = new Xoshiro256StarStar(5);
        var values = Enumerable.Range(0, 100_000).Select(_ => Sampling.StandardNormal(rng)).ToArray();
        var mean = values.Average();
        var variance = values.Select(v => (v - mean) * (v - mean)).Average();
        Assert.InRange(mean, -0.02, 0.02);
        Assert.InRange(variance, 0.98, 1.02);
        Assert.All(values, v => Assert.InRange(v, -2 * Math.Sqrt(3), 2 * Math.Sqrt(3)));
        // A normal has 68.3 % within one standard deviation; the Irwin–Hall closed form for four uniforms gives 66.93 %.
        Assert.InRange(values.Count(v => Math.Abs(v) < 1) / (double)values.Length, 0.6693 - 0.006, 0.6693 + 0.006);
    }
}
