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
        if (runsPerParticle < 1) throw new ArgumentOutOfRangeException(nameof(runsPerParticle), runsPerParticle, "at least 1 run a particle");
        var particles = population.Particles;
        var runs = new double[particles.Length][][];
        Parallel.For(0, particles.Length, new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount }, i =>
        {
            var rng = RandomStreams.Create(seed, StableHash.Fnv1a64($"abc-smc/predictive/particle {i}"));
            runs[i] = new double[runsPerParticle][];
            for (var r = 0; r < runsPerParticle; r++) runs[i][r] = problem.Simulate([.. particles[i].Parameters], rng.NextUInt64());
        });
        var predictives = new Predictive[problem.Measures];
        for (var slot = 0; slot < problem.Measures; slot++)
        {
            var pairs = new List<(double Value, double Weight)>();
            for (var i = 0; i < particles.Length; i++)
                foreach (var run in runs[i])
                    if (!double.IsNaN(run[slot])) pairs.Add((run[slot], particles[i].Weight / runsPerParticle));
            predictives[slot] = new Predictive([.. pairs.OrderBy(p => p.Value).ThenBy(p => p.Weight)]);
        }
        return predictives;
    }
}
