using System.Collections.Immutable;
using Siege.Engine.Randomness;

namespace Siege.Calibration.Abc;

/// <summary>
/// Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC, the population Monte Carlo form of Beaumont,
/// Cornuet, Marin and Robert 2009, "Adaptive approximate Bayesian computation", Biometrika 96(4)), with the tolerance
/// set from the previous population, the distance's scales adapted each generation (Prangle 2017) and several runs a
/// particle (Del Moral, Doucet and Jasra 2012).
/// <list type="number">
/// <item>Generation 0 draws <see cref="AbcSettings.Particles"/> vectors from the uniform prior and runs each; all are
/// kept with equal weights.</item>
/// <item>After each generation every target is scaled by the spread of its measure over all the generation's runs, and
/// the next tolerance ε is a quantile (<see cref="AbcSettings.EpsilonQuantile"/>) of the population's distances under
/// those scales.</item>
/// <item>Generation t proposes θ* by drawing a particle of t − 1 by its weight and moving it with the normal kernel of
/// twice the population's weighted covariance (<see cref="NormalKernel"/>), again until θ* lies inside the prior's box;
/// runs it <see cref="AbcSettings.RunsPerParticle"/> times; and keeps it when its runs are within ε
/// (<see cref="ReplicateRule"/>). A kept θ* has the importance weight π(θ*) · s / Σⱼ wⱼ K(θ* | θⱼ), with s the share of
/// its runs within ε (Del Moral et al. 2012; 1 under <see cref="ReplicateRule.MeanDistance"/>), normalised to sum 1.</item>
/// </list>
/// <para>
/// Determinism: proposal i of generation t draws everything (the ancestor, the step, the runs' seeds) from its own
/// sub-stream of <see cref="AbcSettings.Seed"/>, named <c>abc-smc/generation t/proposal i</c>. Proposals are evaluated
/// in parallel in batches of <see cref="AbcSettings.BatchSize"/> and taken in proposal order, so the population is the
/// first N kept by index, whatever the number of threads and however long each run takes (parameters whose runs are
/// quick are not favoured). Nothing reads the clock or <see cref="System.Random"/>.
/// </para>
/// <para>
/// Each complete generation is handed to the store (<see cref="IAbcPopulationStore"/>) under the calibration key
/// (<see cref="CalibrationKey"/>); a calibration started again with the same problem and settings continues from the
/// last one kept and ends with the same population as one never interrupted.
/// </para>
/// </summary>
public static class AbcSmc
{
    /// <summary>Tries for a perturbed proposal inside the prior's box before the kernel is judged broken.</summary>
    private const int MaxTriesInside = 100_000;

    /// <summary>
    /// Calibrates <paramref name="problem"/>. <paramref name="progress"/> is called after each generation this call
    /// completes (not for those it resumed from the store), on the calling thread.
    /// </summary>
    public static AbcResult Run(AbcProblem problem, AbcSettings settings, IAbcPopulationStore? store = null,
        Action<AbcGenerationStats>? progress = null, CancellationToken cancellation = default)
    {
        settings.Validate();
        var key = CalibrationKey.Of(problem, settings);
        var population = store?.Last(key);
        var resumed = population?.Generation;
        if (population is not null)
        {
            CheckShape(population, problem, settings);
        }
        else
        {
            population = FirstGeneration(problem, settings, cancellation);
            store?.Save(key, population);
            progress?.Invoke(population.Stats);
        }

        while (true)
        {
            if (StopAfter(population, settings) is { } stop) return new AbcResult(population, stop, key, resumed);
            var (next, abandoned) = NextGeneration(problem, settings, population, cancellation);
            if (next is null) return new AbcResult(population, abandoned, key, resumed);
            store?.Save(key, next);
            progress?.Invoke(next.Stats);
            population = next;
        }
    }

    private static AbcStop? StopAfter(AbcPopulation population, AbcSettings settings)
    {
        var stats = population.Stats;
        if (settings.MinEpsilon is { } floor && stats.Epsilon <= floor) return AbcStop.Epsilon;
        if (population.Generation > 0 && stats.Acceptance < settings.MinAcceptance) return AbcStop.Acceptance;
        if (population.Generation + 1 >= settings.MaxGenerations) return AbcStop.Generations;
        return null;
    }

    /// <summary>Generation 0: the prior's sample, every proposal kept with weight 1/N.</summary>
    private static AbcPopulation FirstGeneration(AbcProblem problem, AbcSettings settings, CancellationToken cancellation)
    {
        var n = settings.Particles;
        var proposals = new List<Proposal>(n);
        while (proposals.Count < n)
        {
            cancellation.ThrowIfCancellationRequested();
            proposals.AddRange(Evaluate(problem, settings, 0, proposals.Count, Math.Min(settings.BatchSize, n - proposals.Count), DrawFromPrior));
        }
        var runs = (long)n * settings.RunsPerParticle;
        var scales = AbcDistance.Scales(problem.Targets, [.. proposals.SelectMany(p => p.Runs)]);
        var weights = Enumerable.Repeat(1.0 / n, n).ToArray();
        return Complete(problem, settings, 0, double.PositiveInfinity, scales, proposals, weights, proposals, runs, []);

        double[] DrawFromPrior(Xoshiro256StarStar rng) =>
            [.. problem.Parameters.Select(p => p.Low + p.Width * rng.NextDouble())];
    }

    private static (AbcPopulation? Next, AbcStop Abandoned) NextGeneration(AbcProblem problem, AbcSettings settings,
        AbcPopulation previous, CancellationToken cancellation)
    {
        var t = previous.Generation + 1;
        var n = settings.Particles;
        var epsilon = previous.NextEpsilon;
        var scales = previous.NextScales;
        var kernel = NormalKernel.FromPopulation(previous.Particles, problem.Parameters, settings.KernelScale);
        var cumulative = new double[previous.Particles.Length];
        var sum = 0.0;
        for (var j = 0; j < cumulative.Length; j++) cumulative[j] = sum += previous.Particles[j].Weight;

        var maxProposals = settings.MinAcceptance > 0 ? (long)Math.Ceiling(n / settings.MinAcceptance) : long.MaxValue;
        var batchRuns = (long)settings.BatchSize * settings.RunsPerParticle;
        var considered = new List<Proposal>();
        var accepted = new List<Proposal>(n);
        long evaluated = 0, runs = 0;
        while (accepted.Count < n)
        {
            if (evaluated >= maxProposals) return (null, AbcStop.Acceptance);
            if (settings.MaxRuns is { } budget && previous.Stats.TotalRuns + runs + batchRuns > budget) return (null, AbcStop.Budget);
            cancellation.ThrowIfCancellationRequested();
            var batch = Evaluate(problem, settings, t, evaluated, settings.BatchSize, Propose);
            evaluated += batch.Length;
            runs += batchRuns;
            foreach (var proposal in batch)
            {
                if (accepted.Count == n) break;
                considered.Add(proposal);
                proposal.Score(problem.Targets, scales, settings.MissingResidual, epsilon);
                if (Kept(proposal, settings)) accepted.Add(proposal);
            }
        }

        var weights = Weights(accepted, previous.Particles, kernel, settings);
        return (Complete(problem, settings, t, epsilon, [.. scales], accepted, weights, considered, runs, previous.History), default);

        double[] Propose(Xoshiro256StarStar rng)
        {
            var ancestor = previous.Particles[Pick(cumulative, rng.NextDouble() * cumulative[^1])].Parameters;
            var theta = new double[ancestor.Length];
            for (var tries = 0; tries < MaxTriesInside; tries++)
            {
                kernel.Perturb(ancestor, rng, theta);
                if (Inside(problem.Parameters, theta)) return theta;
            }
            throw new InvalidOperationException($"generation {t}: no step of the kernel from a particle landed inside the prior's box in {MaxTriesInside} tries");
        }
    }

    private static bool Kept(Proposal proposal, AbcSettings settings) => settings.Replicates == ReplicateRule.ShareWithin
        ? proposal.Within > 0
        : proposal.MeanDistance <= proposal.Epsilon;

    /// <summary>
    /// w_i ∝ π(θ_i) · s_i / Σⱼ w_j K(θ_i | θ_j) (Beaumont et al. 2009; s_i the share of runs within ε, Del Moral et al.
    /// 2012). The prior is uniform and every θ_i lies inside its box, so π(θ_i) is the same for all and drops out.
    /// </summary>
    private static double[] Weights(List<Proposal> accepted, ImmutableArray<AbcParticle> previous, NormalKernel kernel, AbcSettings settings)
    {
        var raw = new double[accepted.Count];
        var ancestors = previous.Select(p => kernel.Whiten(p.Parameters)).ToArray();
        Parallel.For(0, accepted.Count, new ParallelOptions { MaxDegreeOfParallelism = settings.EffectiveThreads }, i =>
        {
            var theta = kernel.Whiten(accepted[i].Theta);
            var mixture = 0.0;
            for (var j = 0; j < ancestors.Length; j++)
                mixture += previous[j].Weight * DeterministicMath.Exp(NormalKernel.LogDensityWhite(theta, ancestors[j]));
            var share = settings.Replicates == ReplicateRule.ShareWithin ? (double)accepted[i].Within / settings.RunsPerParticle : 1.0;
            raw[i] = share / mixture;
        });
        var total = 0.0;
        foreach (var w in raw) total += w;
        if (!(total > 0) || !double.IsFinite(total)) throw new InvalidOperationException($"the importance weights do not sum to a positive number ({total})");
        return [.. raw.Select(w => w / total)];
    }

    /// <summary>
    /// A complete generation: its particles, and what the next one starts from. The scales are those of all the runs
    /// the generation considered (up to its last accepted proposal), as Prangle (2017, algorithm 4) takes them; the next
    /// tolerance is the quantile, under the new scales, of the distances that were accepted: of each run that lay within
    /// the tolerance under <see cref="ReplicateRule.ShareWithin"/> (every run in generation 0), of each particle's mean
    /// distance under <see cref="ReplicateRule.MeanDistance"/>. Taking the quantile over accepted distances only, as
    /// Beaumont et al. (2009) do, is what makes the tolerance shrink: the runs of a particle that missed carry the
    /// model's own noise, and a quantile over them settles at the noise's spread.
    /// </summary>
    private static AbcPopulation Complete(AbcProblem problem, AbcSettings settings, int generation, double epsilon, double[] scales,
        List<Proposal> accepted, double[] weights, List<Proposal> considered, long runs, ImmutableArray<AbcGenerationStats> history)
    {
        var nextScales = AbcDistance.Scales(problem.Targets, [.. considered.SelectMany(p => p.Runs)]);
        var pool = new List<double>();
        foreach (var proposal in accepted)
        {
            var distances = proposal.Runs.Select(r => AbcDistance.Of(problem.Targets.AsSpan(), nextScales, r, settings.MissingResidual)).ToArray();
            if (settings.Replicates == ReplicateRule.MeanDistance) pool.Add(distances.Average());
            else
                for (var r = 0; r < distances.Length; r++)
                    if (generation == 0 || proposal.WithinAt(r)) pool.Add(distances[r]);
        }
        var nextEpsilon = AbcQuantile.Of(pool, settings.EpsilonQuantile);

        // Generation 0 keeps every proposal whatever its distance; its particles' distances are given under its own scales.
        var used = generation == 0 ? nextScales : scales;
        var particles = new AbcParticle[accepted.Count];
        for (var i = 0; i < accepted.Count; i++)
        {
            var p = accepted[i];
            var mean = p.Runs.Average(r => AbcDistance.Of(problem.Targets.AsSpan(), used, r, settings.MissingResidual));
            particles[i] = new AbcParticle([.. p.Theta], weights[i], mean, [.. p.Runs.SelectMany(r => r)]);
        }
        var stats = new AbcGenerationStats(generation, epsilon, considered.Count, (double)accepted.Count / considered.Count,
            AbcPopulation.EffectiveSampleSize(weights), runs, (history.IsEmpty ? 0 : history[^1].TotalRuns) + runs, [.. used]);
        return new AbcPopulation(generation, [.. particles], history.Add(stats), [.. nextScales], nextEpsilon);
    }

    /// <summary>Proposals <paramref name="first"/> to first + count − 1 of a generation, each run on its own sub-stream, in parallel.</summary>
    private static Proposal[] Evaluate(AbcProblem problem, AbcSettings settings, int generation, long first, int count,
        Func<Xoshiro256StarStar, double[]> propose)
    {
        var batch = new Proposal[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = settings.EffectiveThreads }, k =>
        {
            var index = first + k;
            var rng = RandomStreams.Create(settings.Seed, StableHash.Fnv1a64($"abc-smc/generation {generation}/proposal {index}"));
            var theta = propose(rng);
            var runs = new double[settings.RunsPerParticle][];
            for (var r = 0; r < runs.Length; r++)
            {
                var measures = problem.Simulate(Array.AsReadOnly((double[])theta.Clone()), rng.NextUInt64());
                if (measures.Length != problem.Measures)
                    throw new InvalidOperationException($"the simulator gave {measures.Length} measures, not the {problem.Measures} the problem declares");
                runs[r] = measures;
            }
            batch[k] = new Proposal(theta, runs);
        });
        return batch;
    }

    /// <summary>The first index whose cumulative weight exceeds <paramref name="u"/>.</summary>
    private static int Pick(double[] cumulative, double u)
    {
        int low = 0, high = cumulative.Length - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (cumulative[mid] > u) high = mid;
            else low = mid + 1;
        }
        return low;
    }

    private static bool Inside(ImmutableArray<AbcParameter> parameters, double[] theta)
    {
        for (var i = 0; i < theta.Length; i++) if (!parameters[i].Contains(theta[i])) return false;
        return true;
    }

    private static void CheckShape(AbcPopulation population, AbcProblem problem, AbcSettings settings)
    {
        var expected = settings.RunsPerParticle * problem.Measures;
        if (population.Particles.Length != settings.Particles
            || population.NextScales.Length != problem.Targets.Length
            || population.Particles.Any(p => p.Parameters.Length != problem.Parameters.Length || p.Summaries.Length != expected))
            throw new InvalidDataException($"the stored generation {population.Generation} does not fit the calibration it is keyed by");
    }

    private sealed class Proposal(double[] theta, double[][] runs)
    {
        public double[] Theta { get; } = theta;

        public double[][] Runs { get; } = runs;

        public double Epsilon { get; private set; }

        public double MeanDistance { get; private set; }

        /// <summary>How many of the runs lie within the tolerance.</summary>
        public int Within { get; private set; }

        private bool[] _within = [];

        /// <summary>Whether run <paramref name="run"/> lay within the tolerance.</summary>
        public bool WithinAt(int run) => _within[run];

        public void Score(ImmutableArray<AbcTarget> targets, ImmutableArray<double> scales, double missing, double epsilon)
        {
            Epsilon = epsilon;
            _within = new bool[Runs.Length];
            var sum = 0.0;
            for (var r = 0; r < Runs.Length; r++)
            {
                var d = AbcDistance.Of(targets.AsSpan(), scales.AsSpan(), Runs[r], missing);
                sum += d;
                _within[r] = d <= epsilon;
                if (_within[r]) Within++;
            }
            MeanDistance = sum / Runs.Length;
        }
    }
}
