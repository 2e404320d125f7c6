using Siege.Calibration.Abc;

namespace Siege.Calibration.Tests.Abc;

public sealed class AbcPriorPredictiveTests
{
    // The mean of 10^9 draws of N(mu, 1): noise of 3e-5, so the prior predictive of the measure is the prior, U(0, 1).
    private static readonly AbcProblem Problem = ToyModels.NormalMean(0.5, 1_000_000_000, 0, 1);

    [Fact]
    public void Draws_from_the_prior_box_give_the_prior_as_the_predictive_and_score_as_the_uniform_distribution()
    {
        var predictive = Assert.Single(AbcPredictive.Prior(Problem, 2000, 1, seed: 3, threads: 2));
        // The 10th, 50th and 90th percentiles of 2,000 uniform draws: sd about 0.007, 0.011, 0.007.
        Assert.InRange(predictive.Quantile(0.1), 0.07, 0.13);
        Assert.InRange(predictive.Quantile(0.5), 0.46, 0.54);
        Assert.InRange(predictive.Quantile(0.9), 0.87, 0.93);
        // CRPS of U(0, 1) at ½ is 1/12 = 0.0833 and at 0.9 is (0.9² + 0.1²)/2 − 1/6 = 0.2433; sd of the sample's about 0.003.
        Assert.InRange(predictive.Crps(0.5), 0.0733, 0.0933);
        Assert.InRange(predictive.Crps(0.9), 0.2333, 0.2533);
    }

    [Fact]
    public void The_prior_predictive_depends_on_the_seed_alone_not_on_the_threads()
    {
        var one = Assert.Single(AbcPredictive.Prior(Problem, 300, 2, seed: 5, threads: 1));
        var two = Assert.Single(AbcPredictive.Prior(Problem, 300, 2, seed: 5, threads: 2));
        var other = Assert.Single(AbcPredictive.Prior(Problem, 300, 2, seed: 6, threads: 2));
        double[] ps = [0.05, 0.3, 0.5, 0.7, 0.95];
        Assert.Equal(ps.Select(one.Quantile), ps.Select(two.Quantile));
        Assert.Equal(one.Crps(0.4), two.Crps(0.4));
        Assert.NotEqual(one.Crps(0.4), other.Crps(0.4));
    }
}
