using System.Collections.Immutable;

namespace Siege.Calibration.Abc;

/// <summary>
/// One particle of a population: a parameter vector, its normalised importance weight, the mean over its runs of
/// their distances to the record (under the distance that accepted it), and every measure of every run
/// (<see cref="Summaries"/>, run after run, <see cref="AbcProblem.Measures"/> values each). Those runs are the ones
/// that got the particle accepted, so they lie closer to the record than the model's runs at θ do: for the posterior
/// predictive distribution run the particles again on fresh seeds (<see cref="AbcPredictive"/>).
/// </summary>
public sealed record AbcParticle(ImmutableArray<double> Parameters, double Weight, double Distance, ImmutableArray<double> Summaries)
{
    /// <summary>Measure <paramref name="slot"/> of run <paramref name="run"/>.</summary>
    public double Measure(int run, int slot, int measures) => Summaries[run * measures + slot];
}

/// <summary>
/// What one generation did: its tolerance (∞ for generation 0, the prior's sample), the proposals up to the last one
/// accepted and the share accepted, the effective sample size of the weights (Kish: 1 / Σ w²), the runs of the model
/// it made and made in all, and the scale of each target in the distance it used (1 in generation 0, where every
/// proposal is accepted whatever its distance).
/// </summary>
public sealed record AbcGenerationStats(
    int Generation,
    double Epsilon,
    long Proposals,
    double Acceptance,
    double Ess,
    long Runs,
    long TotalRuns,
    ImmutableArray<double> Scales);

/// <summary>
/// A complete generation: the particles (weights summing to 1), the statistics of every generation so far, and what
/// the next generation starts from (the scales of each target and the tolerance, set from this generation's runs;
/// Prangle 2017). This is what a store keeps, and all a calibration needs to continue.
/// </summary>
public sealed record AbcPopulation(
    int Generation,
    ImmutableArray<AbcParticle> Particles,
    ImmutableArray<AbcGenerationStats> History,
    ImmutableArray<double> NextScales,
    double NextEpsilon)
{
    public AbcGenerationStats Stats => History[^1];

    /// <summary>The weighted mean of parameter <paramref name="index"/>.</summary>
    public double Mean(int index)
    {
        var sum = 0.0;
        foreach (var p in Particles) sum += p.Weight * p.Parameters[index];
        return sum;
    }

    /// <summary>The weighted standard deviation of parameter <paramref name="index"/> (the population's, without a small-sample correction).</summary>
    public double StandardDeviation(int index)
    {
        var mean = Mean(index);
        var sum = 0.0;
        foreach (var p in Particles) sum += p.Weight * (p.Parameters[index] - mean) * (p.Parameters[index] - mean);
        return Math.Sqrt(sum);
    }

    /// <summary>The smallest value of parameter <paramref name="index"/> with at least <paramref name="p"/> of the weight at or below it.</summary>
    public double Quantile(int index, double p)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "must lie in [0, 1]");
        var sorted = Particles.Select(x => (Value: x.Parameters[index], x.Weight)).OrderBy(x => x.Value).ToArray();
        var cumulative = 0.0;
        foreach (var (value, weight) in sorted)
        {
            cumulative += weight;
            if (cumulative >= p) return value;
        }
        return sorted[^1].Value;
    }

    /// <summary>The central interval holding <paramref name="mass"/> of the weight (0.9: from the 5th to the 95th percentile).</summary>
    public (double Low, double High) Interval(int index, double mass) =>
        (Quantile(index, (1 - mass) / 2), Quantile(index, (1 + mass) / 2));

    /// <summary>The effective sample size of the weights, 1 / Σ w² (Kish), between 1 and the number of particles.</summary>
    public static double EffectiveSampleSize(IEnumerable<double> weights)
    {
        var sum = 0.0;
        foreach (var w in weights) sum += w * w;
        return 1 / sum;
    }
}

/// <summary>Why a calibration stopped.</summary>
public enum AbcStop
{
    /// <summary>It ran <see cref="AbcSettings.MaxGenerations"/> generations.</summary>
    Generations,

    /// <summary>A generation's tolerance reached <see cref="AbcSettings.MinEpsilon"/>.</summary>
    Epsilon,

    /// <summary>The share of proposals accepted fell below <see cref="AbcSettings.MinAcceptance"/>.</summary>
    Acceptance,

    /// <summary>The next batch would have passed <see cref="AbcSettings.MaxRuns"/>.</summary>
    Budget,
}

/// <summary>
/// What a calibration found: the last complete population (the posterior sample), why it stopped, the calibration key
/// it was stored under, and the generation it resumed from (null when it started afresh).
/// </summary>
public sealed record AbcResult(AbcPopulation Population, AbcStop Stop, string Key, int? ResumedFrom)
{
    public ImmutableArray<AbcGenerationStats> History => Population.History;
}
