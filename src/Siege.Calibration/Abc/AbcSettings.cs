namespace Siege.Calibration.Abc;

/// <summary>How the several runs (seeds) of one particle decide whether it is kept.</summary>
public enum ReplicateRule
{
    /// <summary>
    /// The particle is kept when at least one of its runs lies within the tolerance, and its weight is multiplied by
    /// the share of its runs that do (Del Moral, Doucet and Jasra 2012, "An adaptive sequential Monte Carlo method for
    /// approximate Bayesian computation", whose weights use the share of the M simulations within ε). That share is an
    /// unbiased estimate of the ABC likelihood Pr(distance ≤ ε | θ), so the population targets the same posterior as
    /// with one run a particle, only with less noise in the weights.
    /// </summary>
    ShareWithin,

    /// <summary>
    /// The particle is kept when the mean of its runs' distances lies within the tolerance. This asks every run to be
    /// close at once: as ε shrinks the posterior tends to prior × likelihood^R for R runs, up to √R narrower than the
    /// real one (the test on the normal mean measures it). Kept for comparison; not for intervals.
    /// </summary>
    MeanDistance,
}

/// <summary>
/// The settings of an ABC-SMC calibration. Those that shape the populations (particles, runs a particle, the
/// tolerance quantile, the batch, the seed, the kernel's scale, the replicate rule and the missing-value residual) are
/// part of the calibration key; the stopping rules and the threads are not, so a stored calibration can be continued
/// with more generations or another machine and still give the same populations.
/// </summary>
public sealed record AbcSettings
{
    /// <summary>Particles in each population (at least 1,000 for a real calibration).</summary>
    public int Particles { get; init; } = 1000;

    /// <summary>Runs (seeds) a particle; <see cref="Replicates"/> says how they decide whether it is kept, and its reported distance is the mean of theirs.</summary>
    public int RunsPerParticle { get; init; } = 3;

    /// <summary>Each generation's tolerance is this quantile of the previous population's distances (0.5: the median).</summary>
    public double EpsilonQuantile { get; init; } = 0.5;

    /// <summary>Proposals evaluated (in parallel) before the accepted ones are counted, in proposal order.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>The calibration's seed: every draw comes from a sub-stream of it named by the generation and proposal.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// The perturbation kernel's covariance is this multiple of the population's weighted covariance (2, as Beaumont,
    /// Cornuet, Marin and Robert 2009, "Adaptive approximate Bayesian computation", show is optimal for the normal
    /// kernel in the sense of Kullback–Leibler).
    /// </summary>
    public double KernelScale { get; init; } = 2.0;

    public ReplicateRule Replicates { get; init; } = ReplicateRule.ShareWithin;

    /// <summary>
    /// The scaled residual of a target whose measure a run does not give (NaN): as far off as this many spreads of the
    /// population. Give the simulator a value (and a bound, <see cref="Censoring"/>) where the record allows one.
    /// </summary>
    public double MissingResidual { get; init; } = 4.0;

    /// <summary>Stop after this many generations, the prior's sample (generation 0) included.</summary>
    public int MaxGenerations { get; init; } = 10;

    /// <summary>Stop once a generation's tolerance is at or below this; null: never on the tolerance.</summary>
    public double? MinEpsilon { get; init; }

    /// <summary>
    /// Stop when fewer than this share of a generation's proposals are accepted: a generation that would need more
    /// than <see cref="Particles"/> / this proposals is abandoned at the first batch past it, and the last complete
    /// population is the result.
    /// </summary>
    public double MinAcceptance { get; init; } = 0.01;

    /// <summary>Stop before a batch that would start with this many runs done in all (a budget); null: no budget.</summary>
    public long? MaxRuns { get; init; }

    /// <summary>Threads that run the model (0: one per core). The result does not depend on it.</summary>
    public int Threads { get; init; }

    internal int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;

    internal void Validate()
    {
        if (Particles < 2) throw new ArgumentException($"a population needs at least 2 particles, not {Particles}");
        if (RunsPerParticle < 1) throw new ArgumentException($"a particle needs at least 1 run, not {RunsPerParticle}");
        if (!(EpsilonQuantile > 0 && EpsilonQuantile < 1)) throw new ArgumentException($"the tolerance quantile must lie in (0, 1), not {EpsilonQuantile}");
        if (BatchSize < 1) throw new ArgumentException($"a batch needs at least 1 proposal, not {BatchSize}");
        if (!(KernelScale > 0) || !double.IsFinite(KernelScale)) throw new ArgumentException($"the kernel scale must be positive, not {KernelScale}");
        if (!(MissingResidual >= 0) || !double.IsFinite(MissingResidual)) throw new ArgumentException($"the missing residual must be finite and at least 0, not {MissingResidual}");
        if (MaxGenerations < 1) throw new ArgumentException($"at least 1 generation, not {MaxGenerations}");
        if (!(MinAcceptance >= 0 && MinAcceptance < 1)) throw new ArgumentException($"the acceptance floor must lie in [0, 1), not {MinAcceptance}");
        if (Threads < 0) throw new ArgumentException($"threads must be 0 (one per core) or more, not {Threads}");
    }
}
