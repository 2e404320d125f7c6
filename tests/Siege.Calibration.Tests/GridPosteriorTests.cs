using MathNet.Numerics.Distributions;

namespace Siege.Calibration.Tests;

public sealed class GridPosteriorTests
{
    // A model whose "run" reports the attacker rate itself (x 1000, so a count): with a log-normal prior and a
    // log-normal error on the figure, the posterior of log a is normal with the textbook conjugate mean and variance.
    private static readonly Simulator Identity = (a, d) => [Measures(a)];

    private static double[] Measures(double a) => [1000 * a];

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.7)]
    public void A_deterministic_model_gives_the_conjugate_normal_posterior(double rho)
    {
        var prior = new RatePrior(0.02, 0.03, attackerLogSd: 1.0, defenderLogSd: 0.8, correlation: rho);
        const double errorSd = 0.25;
        var figure = 0.1; // five times the prior median: the data pull hard
        var observation = new Observation("x", "x", 0, MeasureUnit.Men, 1000 * figure, errorSd, ErrorScale.Log, "test");
        var posterior = GridPosterior.Compute(prior,
            ParameterAxis.Around(0.02, 6, 241), ParameterAxis.Around(0.03, 6 * 0.8, 241), [observation], Identity, threads: 2);

        // log a | figure ~ N(m, v): precision-weighted mean of the prior's and the figure's.
        var v = 1 / (1 / 1.0 + 1 / (errorSd * errorSd));
        var m = v * (Math.Log(0.02) / 1.0 + Math.Log(figure) / (errorSd * errorSd));
        // log d moves with log a through the prior correlation (regression of log d on log a).
        var slope = rho * 0.8 / 1.0;
        var md = Math.Log(0.03) + slope * (m - Math.Log(0.02));
        var vd = 0.8 * 0.8 * (1 - rho * rho) + slope * slope * v;

        foreach (var p in new[] { 0.05, 0.5, 0.95 })
        {
            Assert.Equal(m + Math.Sqrt(v) * Normal.InvCDF(0, 1, p), Math.Log(posterior.Quantile(KillRate.Attacker, p)), 2);
            Assert.Equal(md + Math.Sqrt(vd) * Normal.InvCDF(0, 1, p), Math.Log(posterior.Quantile(KillRate.Defender, p)), 2);
        }
        Assert.Equal(rho * Math.Sqrt(v) * 0.8 / Math.Sqrt(vd), posterior.Correlation(), 2);
        Assert.True(posterior.EdgeMass() < 1e-6);
    }

    [Fact]
    public void With_no_figure_the_posterior_is_the_prior()
    {
        var prior = new RatePrior(0.05, 0.1, 0.5, 0.5, 0.3);
        var posterior = GridPosterior.Compute(prior, ParameterAxis.Around(0.05, 3, 121), ParameterAxis.Around(0.1, 3, 121), [], Identity, threads: 1);
        var (low, high) = prior.Interval(KillRate.Attacker, 0.9);
        Assert.Equal(Math.Log(0.05), Math.Log(posterior.Quantile(KillRate.Attacker, 0.5)), 2);
        Assert.Equal(Math.Log(low), Math.Log(posterior.Quantile(KillRate.Attacker, 0.05)), 2);
        Assert.Equal(Math.Log(high), Math.Log(posterior.Quantile(KillRate.Attacker, 0.95)), 2);
    }

    [Fact]
    public void The_likelihood_is_the_mean_over_seeds_of_each_runs_probability()
    {
        // Two seeds land either side of the figure: a cell's likelihood is the mean of their two densities, not the
        // density at their mean; a cell whose runs straddle the figure can beat one whose mean hits it.
        Simulator twoRuns = (a, d) => a < 0.1 ? [Value(10), Value(10)] : [Value(0), Value(20)];
        var observation = new Observation("x", "x", 0, MeasureUnit.Days, 10, 1, ErrorScale.Linear, "test");
        var prior = new RatePrior(0.1, 0.1, 10, 10, 0);
        var posterior = GridPosterior.Compute(prior, new ParameterAxis(0.05, 0.2, 2), new ParameterAxis(0.05, 0.2, 2), [observation], twoRuns, threads: 1);
        // Cells with a = 0.05 hit the figure in both runs: likelihood 1 (up to the constant); the others miss it by 10
        // sd in both runs.
        Assert.Equal(Math.Exp(-50), Math.Exp(posterior.LogLikelihoods[2] - posterior.LogLikelihoods[0]), 12);
        Assert.True(posterior.Weights[0] + posterior.Weights[1] > 0.999999);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_number_of_threads()
    {
        var prior = new RatePrior(0.05, 0.1, 0.8, 0.8, 0.2);
        var observation = new Observation("x", "x", 0, MeasureUnit.Men, 80, 0.3, ErrorScale.Log, "test");
        var one = GridPosterior.Compute(prior, ParameterAxis.Around(0.05, 3, 31), ParameterAxis.Around(0.1, 3, 31), [observation], Identity, threads: 1);
        var two = GridPosterior.Compute(prior, ParameterAxis.Around(0.05, 3, 31), ParameterAxis.Around(0.1, 3, 31), [observation], Identity, threads: 2);
        for (var i = 0; i < one.Weights.Length; i++) Assert.True(one.Weights[i] == two.Weights[i], $"cell {i}: {one.Weights[i]:R} vs {two.Weights[i]:R}");
    }

    [Fact]
    public void The_predictive_distribution_weights_each_run_by_its_cells_posterior()
    {
        // Figure at a = 0.05 exactly and a very tight error: all weight on the cells with a = 0.05, whose runs say 50.
        var observation = new Observation("x", "x", 0, MeasureUnit.Men, 50, 0.01, ErrorScale.Log, "test");
        var posterior = GridPosterior.Compute(new RatePrior(0.05, 0.1, 1, 1, 0), new ParameterAxis(0.025, 0.1, 3), new ParameterAxis(0.05, 0.2, 3),
            [observation], Identity, threads: 1);
        var predictive = posterior.Predict(0);
        Assert.Equal(50, predictive.Quantile(0.5), 6);
        Assert.Equal(1, predictive.AtLeast(50), 6);
        Assert.True(predictive.AtLeast(50.001) < 1e-6);
    }

    [Fact]
    public void A_record_no_run_reaches_names_the_items_instead_of_giving_a_posterior()
    {
        // Every run leaves the measure undefined (NaN: an offensive that never opened), so no cell has a likelihood.
        Simulator never = (a, d) => [Value(double.NaN), Value(double.NaN), Value(double.NaN)];
        var observation = new Observation("offensive-3", "offensive 3 opens", 0, MeasureUnit.Days, 43, 1, ErrorScale.Linear, "test");
        var error = Assert.Throws<RecordOutOfReachException>(() => GridPosterior.Compute(
            new RatePrior(0.1, 0.1, 1, 1, 0), new ParameterAxis(0.05, 0.2, 2), new ParameterAxis(0.05, 0.2, 2), [observation, observation], never, threads: 1));
        Assert.Equal(["offensive-3"], error.ItemIds);
        Assert.Equal(3, error.RunsPerPoint);
    }

    private static double[] Value(double duration) => [duration];
}
