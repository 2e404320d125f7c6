using Siege.Calibration.Abc;
using Siege.Engine.Randomness;

namespace Siege.Calibration.Tests.Abc;

public sealed class AbcSmcPosteriorTests
{
    private static readonly AbcProblem NormalMean = ToyModels.NormalMean(0.8, 25, -3, 3);

    [Fact]
    public void The_normal_mean_comes_out_with_the_analytic_posterior()
    {
        // ȳ = 0.8 from n = 25 draws of N(μ, 1), flat prior on [-3, 3] (30 posterior sds wide, so it cuts nothing
        // off): μ | ȳ ~ N(0.8, 0.2²). Measured (seed 7, 1,000 particles, 3 runs each, 8 generations, 69,816 runs):
        // mean 0.784, sd 0.206 (ratio 1.03; the last tolerance, 0.085 of the runs' spread, widens it by a little),
        // 5th and 95th percentiles 0.434 and 1.125 (analytic 0.471 and 1.129), ESS 904. A first version that took each tolerance over all runs of the kept particles, not only those
        // within the last tolerance, stalled at the model's noise (ε about 0.52 from the third generation on) and gave
        // sd 0.221, which fails the bound.
        var result = AbcSmc.Run(NormalMean, new AbcSettings { Particles = 1000, RunsPerParticle = 3, MaxGenerations = 8, Seed = 7, Threads = 2 });
        var population = result.Population;
        Assert.Equal(AbcStop.Generations, result.Stop);
        Assert.Equal(0.8, population.Mean(0), 0.03);
        Assert.InRange(population.StandardDeviation(0) / 0.2, 0.95, 1.08);
        Assert.Equal(0.8 - 1.6449 * 0.2, population.Quantile(0, 0.05), 0.05);
        Assert.Equal(0.8 + 1.6449 * 0.2, population.Quantile(0, 0.95), 0.05);
        // The posterior predictive of the sample mean is N(0.8, 0.2² + 0.2²): 10th to 90th percentile 0.8 ∓ 0.362.
        // Measured with fresh runs: 0.403 and 1.145. The runs that got the particles accepted put the 90th percentile at
        // 1.077: too close to the record.
        var predictive = AbcPredictive.Run(NormalMean, population, runsPerParticle: 4, seed: 1, threads: 2)[0];
        Assert.Equal(1.0, predictive.Share, 12);
        Assert.Equal(0.8 - 1.2816 * Math.Sqrt(0.08), predictive.Quantile(0.1), 0.05);
        Assert.Equal(0.8 + 1.2816 * Math.Sqrt(0.08), predictive.Quantile(0.9), 0.05);
        // The tolerance shrank generation by generation.
        Assert.True(result.History[^1].Epsilon < result.History[1].Epsilon / 5);
    }

    [Fact]
    public void Asking_every_run_of_a_particle_to_be_close_narrows_the_posterior()
    {
        // The mean of 3 runs' distances within ε asks all 3 to be close at once: the posterior tends to
        // prior × likelihood³, √3 narrower than the real one (0.2 / √3 = 0.115). Measured: sd 0.125 (mean 0.801).
        var result = AbcSmc.Run(NormalMean, new AbcSettings
        {
            Particles = 1000, RunsPerParticle = 3, MaxGenerations = 8, Seed = 7, Threads = 2, Replicates = ReplicateRule.MeanDistance,
        });
        Assert.Equal(0.8, result.Population.Mean(0), 0.03);
        Assert.InRange(result.Population.StandardDeviation(0) / 0.2, 0.5, 0.7);
    }

    [Fact]
    public void With_no_record_item_the_posterior_is_the_prior()
    {
        // Nothing to fit: every distance is 0, every proposal is kept, and the importance weights must undo the
        // kernel's smoothing (which, cut at the box's walls, thins the particles near them). Measured after 4
        // generations of 2,000 particles: means 0.494 and 0.490 of the width, sds 0.291 and 0.290 (uniform: 0.2887),
        // 5th and 95th percentiles 0.044–0.948 and 0.050–0.949; without the weights the sds are 0.273, which fails.
        var problem = new AbcProblem([new AbcParameter("a", 0, 1), new AbcParameter("b", -2, 4)], [], 1, (theta, seed) => [theta[0]], "prior");
        var result = AbcSmc.Run(problem, new AbcSettings { Particles = 2000, RunsPerParticle = 1, MaxGenerations = 4, Seed = 3, Threads = 2 });
        var population = result.Population;
        Assert.Equal(3, population.Generation);
        Assert.All(result.History.Skip(1), s => Assert.Equal(0.0, s.Epsilon));
        for (var i = 0; i < 2; i++)
        {
            var p = problem.Parameters[i];
            double Share(double x) => (x - p.Low) / p.Width;
            Assert.Equal(0.5, Share(population.Mean(i)), 0.02);
            Assert.InRange(population.StandardDeviation(i) / p.Width / Math.Sqrt(1.0 / 12), 0.98, 1.03);
            foreach (var q in new[] { 0.05, 0.25, 0.5, 0.75, 0.95 })
                Assert.Equal(q, Share(population.Quantile(i, q)), 0.025);
        }
    }

    [Fact]
    public void Truths_drawn_from_the_prior_lie_inside_the_90_percent_intervals()
    {
        // The "checked on a known truth": 12 truths drawn from the prior of the toy siege (3 parameters, 4
        // measures, the fall censored at the horizon when the city held), a synthetic record from one run of each,
        // a small calibration (300 particles, 2 runs each, 6 generations) of each. Measured: 35 of the 36 truths
        // inside their 90% intervals (97%; the miss, holdingDays 11.92 against 4.08–11.44, is of a city that held
        // to the horizon); 5 of the 12 records censored; 8,280–12,376 runs a calibration. The 90% intervals of attack
        // and defence average 37% and 33% of the prior's 90% width, those of holdingDays (one fall date) 84%. The ABC posterior at a finite tolerance is wider than the
        // exact one, so more than 90% is expected. Coverage alone would pass a sampler that returned the prior, so
        // the intervals of the two well-informed parameters must also be far narrower than the prior's.
        var rng = RandomStreams.Create(2026, StableHash.Fnv1a64("synthetic truths"));
        var inside = new int[3];
        var widths = new double[3];
        var censored = 0;
        const int truths = 12;
        for (var truth = 0; truth < truths; truth++)
        {
            var theta = ToyModels.SiegeParameters.Select(p => p.Low + p.Width * rng.NextDouble()).ToArray();
            var record = ToyModels.SiegeRecord(ToyModels.Siege(theta, rng.NextUInt64()));
            if (record[3].Censoring == Censoring.AtLeast) censored++;
            var result = AbcSmc.Run(ToyModels.SiegeProblem(record), new AbcSettings
            {
                Particles = 300, RunsPerParticle = 2, MaxGenerations = 6, Seed = (ulong)truth + 1, Threads = 2,
            });
            var covered = 0;
            for (var i = 0; i < theta.Length; i++)
            {
                var (low, high) = result.Population.Interval(i, 0.9);
                if (theta[i] >= low && theta[i] <= high)
                {
                    inside[i]++;
                    covered++;
                }
                widths[i] += (high - low) / (0.9 * ToyModels.SiegeParameters[i].Width) / truths;
            }
            Assert.True(covered >= 2, $"truth {truth}: only {covered} of 3 parameters inside their 90% intervals");
        }
        Assert.True(inside.Sum() >= 0.85 * 3 * truths, $"{inside.Sum()} of {3 * truths} inside their 90% intervals");
        Assert.InRange(censored, 1, truths - 1);
        Assert.True(widths[0] < 0.5 && widths[1] < 0.5, $"90% intervals of attack and defence {widths[0]:P0} and {widths[1]:P0} of the prior's");
    }
}
