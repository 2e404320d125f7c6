using Siege.Calibration.Abc;
using Siege.Ensembles;

namespace Siege.Calibration.Tests.Abc;

public sealed class AbcSmcRunTests
{
    // A fixed synthetic record of the toy siege: attack 1.2, defence 0.9, holdingDays 6, seed 11.
    private static readonly AbcProblem Siege = ToyModels.SiegeProblem(ToyModels.SiegeRecord(ToyModels.Siege([1.2, 0.9, 6.0], 11)));

    private static readonly AbcSettings Small = new() { Particles = 200, RunsPerParticle = 2, MaxGenerations = 5, BatchSize = 16, Seed = 5, Threads = 1 };

    [Fact]
    public void The_result_is_the_same_with_one_thread_and_with_four()
    {
        var one = AbcSmc.Run(Siege, Small);
        var four = AbcSmc.Run(Siege, Small with { Threads = 4 });
        Populations.AssertSame(one.Population, four.Population);
        Assert.Equal(one.Key, four.Key);
    }

    [Fact]
    public void The_population_is_the_first_particles_kept_in_proposal_order_whatever_the_batch()
    {
        // A batch only sets how many proposals run before the kept ones are counted: the same proposals are kept, only
        // the runs wasted past the last one kept differ.
        var small = AbcSmc.Run(Siege, Small);
        var large = AbcSmc.Run(Siege, Small with { BatchSize = 100, Threads = 2 });
        Assert.Equal(small.Population.Particles.SelectMany(p => p.Parameters), large.Population.Particles.SelectMany(p => p.Parameters));
        Assert.Equal(small.Population.Particles.Select(p => p.Weight), large.Population.Particles.Select(p => p.Weight));
        Assert.Equal(small.History.Select(s => s.Proposals), large.History.Select(s => s.Proposals));
        Assert.NotEqual(small.History.Select(s => s.Runs), large.History.Select(s => s.Runs));
    }

    [Fact]
    public void Every_generation_has_weights_summing_to_one_and_an_ess_between_one_and_the_particles()
    {
        var store = new RecordingStore();
        var reported = new List<AbcGenerationStats>();
        var result = AbcSmc.Run(Siege, Small, store, reported.Add);
        Assert.Equal(Small.MaxGenerations, store.Saved.Count);
        Assert.Equal(result.History, reported);
        long total = 0;
        foreach (var population in store.Saved)
        {
            var weights = population.Particles.Select(p => p.Weight).ToArray();
            Assert.Equal(Small.Particles, weights.Length);
            Assert.Equal(1.0, weights.Sum(), 12);
            Assert.All(weights, w => Assert.True(w > 0));
            var stats = population.Stats;
            Assert.InRange(stats.Ess, 1.0, Small.Particles * (1 + 1e-12));
            Assert.Equal(1 / weights.Sum(w => w * w), stats.Ess, 9);
            Assert.Equal((double)Small.Particles / stats.Proposals, stats.Acceptance, 12);
            Assert.True(stats.Runs >= stats.Proposals * Small.RunsPerParticle);
            Assert.Equal(total += stats.Runs, stats.TotalRuns);
            Assert.All(population.Particles, p => Assert.All(Siege.Parameters.Select((q, i) => q.Contains(p.Parameters[i])), Assert.True));
            Assert.All(population.Particles, p => Assert.Equal(Small.RunsPerParticle * Siege.Measures, p.Summaries.Length));
            // Each particle kept has a run within the tolerance, under the scales the generation used.
            if (population.Generation > 0)
                Assert.All(population.Particles, p => Assert.Contains(Enumerable.Range(0, Small.RunsPerParticle), r =>
                    AbcDistance.Of(Siege.Targets.AsSpan(), stats.Scales.AsSpan(), p.Summaries.AsSpan(r * Siege.Measures, Siege.Measures), Small.MissingResidual) <= stats.Epsilon));
        }
        Assert.Equal(double.PositiveInfinity, result.History[0].Epsilon);
        Assert.True(result.History[^1].Epsilon < result.History[1].Epsilon);
    }

    [Fact]
    public void A_calibration_killed_after_a_generation_resumes_to_the_same_result()
    {
        var uninterrupted = AbcSmc.Run(Siege, Small);
        var store = new InMemoryPopulationStore();
        Assert.Throws<SimulatedKill>(() => AbcSmc.Run(Siege, Small, new KillingStore(store, afterGeneration: 2)));
        var reported = new List<int>();
        var resumed = AbcSmc.Run(Siege, Small, store, s => reported.Add(s.Generation));
        Assert.Equal(2, resumed.ResumedFrom);
        Assert.Equal([3, 4], reported);
        Populations.AssertSame(uninterrupted.Population, resumed.Population);
        // Started again once more, it finds the calibration complete and runs nothing.
        var again = AbcSmc.Run(Siege, Small, store, s => reported.Add(s.Generation));
        Assert.Equal(4, again.ResumedFrom);
        Assert.Equal([3, 4], reported);
    }

    [Fact]
    public void A_calibration_killed_in_the_middle_of_a_generation_resumes_from_the_run_store_to_the_same_result()
    {
        var uninterrupted = AbcSmc.Run(Siege, Small);
        var path = Path.Combine(Path.GetTempPath(), $"siege-abc-{Guid.NewGuid():N}.db");
        try
        {
            // The model is stopped (as by a kill) after 1,500 runs, inside generation 2: the generations kept are 0 and 1.
            using var cancel = new CancellationTokenSource();
            var calls = 0;
            var killed = new AbcProblem(Siege.Parameters, Siege.Targets, Siege.Measures, (theta, seed) =>
            {
                if (Interlocked.Increment(ref calls) == 1500) cancel.Cancel();
                return Siege.Simulate(theta, seed);
            }, Siege.Model);
            using (var store = RunStore.Open(path))
                Assert.ThrowsAny<OperationCanceledException>(() => AbcSmc.Run(killed, Small with { Threads = 2 }, new RunStorePopulationStore(store), cancellation: cancel.Token));
            using (var store = RunStore.Open(path))
            {
                var resumed = AbcSmc.Run(Siege, Small with { Threads = 2 }, new RunStorePopulationStore(store));
                Assert.Equal(1, resumed.ResumedFrom);
                Populations.AssertSame(uninterrupted.Population, resumed.Population);
            }
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    [Fact]
    public void Another_seed_or_record_is_another_calibration_and_is_not_resumed()
    {
        var store = new InMemoryPopulationStore();
        AbcSmc.Run(Siege, Small with { MaxGenerations = 2 }, store);
        Assert.Null(AbcSmc.Run(Siege, Small with { MaxGenerations = 2, Seed = 6 }, store).ResumedFrom);
        var otherRecord = ToyModels.SiegeProblem(ToyModels.SiegeRecord(ToyModels.Siege([1.2, 0.9, 6.0], 12)));
        Assert.Null(AbcSmc.Run(otherRecord, Small with { MaxGenerations = 2 }, store).ResumedFrom);
        // More generations of the same calibration continue it.
        Assert.Equal(1, AbcSmc.Run(Siege, Small with { MaxGenerations = 3 }, store).ResumedFrom);
    }

    [Fact]
    public void It_stops_at_the_tolerance_floor()
    {
        var result = AbcSmc.Run(Siege, Small with { MaxGenerations = 20, MinEpsilon = 2.0 });
        Assert.Equal(AbcStop.Epsilon, result.Stop);
        Assert.True(result.Population.Stats.Epsilon <= 2.0);
        Assert.All(result.History.SkipLast(1), s => Assert.True(s.Epsilon > 2.0));
    }

    [Fact]
    public void A_generation_below_the_acceptance_floor_is_abandoned_and_the_last_complete_one_is_the_result()
    {
        // Generation 1 keeps about half its proposals: a floor of 90% abandons it after ceil(200 / 0.9) = 223
        // proposals (15 batches of 16), and the prior's sample is the result.
        var result = AbcSmc.Run(Siege, Small with { MinAcceptance = 0.9 });
        Assert.Equal(AbcStop.Acceptance, result.Stop);
        Assert.Equal(0, result.Population.Generation);
    }

    [Fact]
    public void A_budget_of_runs_stops_before_the_batch_that_would_pass_it()
    {
        var full = AbcSmc.Run(Siege, Small);
        var budget = full.History[2].TotalRuns + 10;
        var result = AbcSmc.Run(Siege, Small with { MaxRuns = budget });
        Assert.Equal(AbcStop.Budget, result.Stop);
        Assert.Equal(2, result.Population.Generation);
        Populations.AssertSame(AbcSmc.Run(Siege, Small with { MaxGenerations = 3 }).Population, result.Population);
    }

    private sealed class SimulatedKill : Exception;

    /// <summary>Keeps generations in another store, and "kills" the calibration once a given one is kept.</summary>
    private sealed class KillingStore(IAbcPopulationStore inner, int afterGeneration) : IAbcPopulationStore
    {
        public void Save(string key, AbcPopulation population)
        {
            inner.Save(key, population);
            if (population.Generation == afterGeneration) throw new SimulatedKill();
        }

        public AbcPopulation? Last(string key) => inner.Last(key);
    }

    private sealed class RecordingStore : IAbcPopulationStore
    {
        public List<AbcPopulation> Saved { get; } = [];

        public void Save(string key, AbcPopulation population) => Saved.Add(population);

        public AbcPopulation? Last(string key) => null;
    }
}

internal static class Populations
{
    /// <summary>Two populations equal to the last bit: parameters, weights, distances, runs, scales and statistics.</summary>
    public static void AssertSame(AbcPopulation expected, AbcPopulation actual)
    {
        static long[] Bits(IEnumerable<double> values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
        Assert.Equal(expected.Generation, actual.Generation);
        Assert.Equal(Bits(expected.Particles.SelectMany(p => p.Parameters)), Bits(actual.Particles.SelectMany(p => p.Parameters)));
        Assert.Equal(Bits(expected.Particles.Select(p => p.Weight)), Bits(actual.Particles.Select(p => p.Weight)));
        Assert.Equal(Bits(expected.Particles.Select(p => p.Distance)), Bits(actual.Particles.Select(p => p.Distance)));
        Assert.Equal(Bits(expected.Particles.SelectMany(p => p.Summaries)), Bits(actual.Particles.SelectMany(p => p.Summaries)));
        Assert.Equal(Bits(expected.NextScales), Bits(actual.NextScales));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.NextEpsilon), BitConverter.DoubleToInt64Bits(actual.NextEpsilon));
        Assert.Equal(expected.History.Length, actual.History.Length);
        for (var i = 0; i < expected.History.Length; i++)
        {
            var (e, a) = (expected.History[i], actual.History[i]);
            Assert.Equal((e.Generation, e.Proposals, e.Runs, e.TotalRuns), (a.Generation, a.Proposals, a.Runs, a.TotalRuns));
            Assert.Equal(Bits([e.Epsilon, e.Acceptance, e.Ess, .. e.Scales]), Bits([a.Epsilon, a.Acceptance, a.Ess, .. a.Scales]));
        }
    }
}
