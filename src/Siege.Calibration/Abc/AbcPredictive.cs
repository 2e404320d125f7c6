using Siege.Engine.Randomness;

namespace Siege.Calibration.Abc;

/// <summary>
/// The posterior predictive distribution of every measure: each particle of a population run again on fresh seeds,
/// each run weighing its particle's weight shared among its runs. The runs a calibration kept cannot serve: they are
/// the ones that got their particles accepted, so they sit closer to the record than the model's runs do. Particle
/// i's seeds come from the sub-stream <c>abc-smc/predictive/particle i</c> of the seed given, so the result
/// does not depend on the threads.
/// </summary>
public static class AbcPredictive
{
    /// <summary>One <see cref="Predictive"/> per measure of the problem, in slot order.</summary>
    public static IReadOnlyList<Predictive> Run(AbcProblem problem, AbcPopulation population, int runsPerParticle, ulong seed, int threads = 0)
    {
        var particles = population.Particles;
        return RunPoints(problem, particles.Length, i => [.. particles[i].Parameters], i => particles[i].Weight, runsPerParticle, seed, "abc-smc/predictive/particle", threads);
    }

    /// <summary>
    /// The prior predictive distribution of every measure, to set a calibration's predictions against not fitting at
    /// all: <paramref name="draws"/> parameter vectors drawn uniformly from the prior box, each run
    /// <paramref name="runsPerDraw"/> times, all of equal weight. Draw i takes its parameters and then its runs' seeds
    /// from the sub-stream <c>abc-smc/prior-predictive/draw i</c> of the seed given, apart from every stream of the
    /// calibration and of its posterior predictive, so the result depends on the seed alone, not on the threads.
    /// </summary>
    public static IReadOnlyList<Predictive> Prior(AbcProblem problem, int draws, int runsPerDraw, ulong seed, int threads = 0)
    {
        if (draws < 1) throw new ArgumentOutOfRangeException(nameof(draws), draws, "at least 1 draw");
        var points = new double[draws][];
        for (var i = 0; i < draws; i++)
        {
            var rng = RandomStreams.Create(seed, StableHash.Fnv1a64($"abc-smc/prior-predictive/draw {i}"));
            points[i] = [.. problem.Parameters.Select(p => p.Low + p.Width * rng.NextDouble())];
        }
        return RunPoints(problem, draws, i => points[i], _ => 1.0, runsPerDraw, seed, "abc-smc/prior-predictive/runs of draw", threads);
    }

    private static Predictive[] RunPoints(AbcProblem problem, int count, Func<int, double[]> parameters, Func<int, double> weight, int runsPerPoint,
        ulong seed, string stream, int threads)
    {
        if (runsPerPoint < 1) throw new ArgumentOutOfRangeException(nameof(runsPerPoint), runsPerPoint, "at least 1 run a point");
        var runs = new double[count][][];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount }, i =>
        {
            var rng = RandomStreams.Create(seed, StableHash.Fnv1a64($"{stream} {i}"));
            runs[i] = new double[runsPerPoint][];
            for (var r = 0; r < runsPerPoint; r++) runs[i][r] = problem.Simulate(parameters(i), rng.NextUInt64());
        });
        var predictives = new Predictive[problem.Measures];
        for (var slot = 0; slot < problem.Measures; slot++)
        {
            var pairs = new List<(double Value, double Weight)>();
            for (var i = 0; i < count; i++)
                foreach (var run in runs[i])
                    if (!double.IsNaN(run[slot])) pairs.Add((run[slot], weight(i) / runsPerPoint));
            predictives[slot] = new Predictive([.. pairs.OrderBy(p => p.Value).ThenBy(p => p.Weight)]);
        }
        return predictives;
    }
}
