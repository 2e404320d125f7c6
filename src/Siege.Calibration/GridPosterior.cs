using System.Collections.Immutable;

namespace Siege.Calibration;

/// <summary>Runs the model at one pair of kill rates: one array of measures per seed (by <see cref="RecordTarget.Slot"/>), always the same seeds.</summary>
public delegate IReadOnlyList<double[]> Simulator(double attackerKillRate, double defenderKillRate);

/// <summary>
/// The posterior of the two kill rates on a grid, evaluated exactly cell by cell: prior density times likelihood.
/// The likelihood of a cell is estimated by simulation: the mean, over the seeds, of the probability of the recorded
/// figures given that run's outcomes (a Monte Carlo estimate of p(record | rates) that needs no assumption about the
/// shape of the runs' spread). Every cell is run on the same seeds, so neighbouring cells differ by the rates, not by
/// the luck of the draw, and the posterior surface is smooth.
/// </summary>
public sealed class GridPosterior
{
    private readonly double[][][] _measures;

    private GridPosterior(ParameterAxis attacker, ParameterAxis defender, ImmutableArray<double> weights,
        ImmutableArray<double> logLikelihoods, double[][][] measures)
    {
        AttackerAxis = attacker;
        DefenderAxis = defender;
        Weights = weights;
        LogLikelihoods = logLikelihoods;
        _measures = measures;
    }

    public ParameterAxis AttackerAxis { get; }

    public ParameterAxis DefenderAxis { get; }

    /// <summary>Posterior probability of each cell (attacker index × defender points + defender index); they sum to 1.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>The estimated log likelihood of each cell, up to a constant.</summary>
    public ImmutableArray<double> LogLikelihoods { get; }

    public int Seeds => _measures.Length == 0 ? 0 : _measures[0].Length;

    public ParameterAxis Axis(KillRate rate) => rate == KillRate.Attacker ? AttackerAxis : DefenderAxis;

    public static GridPosterior Compute(RatePrior prior, ParameterAxis attacker, ParameterAxis defender,
        IReadOnlyList<Observation> observations, Simulator simulate, int threads)
    {
        var cells = attacker.Points * defender.Points;
        var measures = new double[cells][][];
        Parallel.For(0, cells, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, cell =>
        {
            var (i, j) = (cell / defender.Points, cell % defender.Points);
            measures[cell] = [.. simulate(attacker[i], defender[j])];
        });

        var logPosterior = new double[cells];
        var logLikelihoods = new double[cells];
        for (var cell = 0; cell < cells; cell++)
        {
            var (i, j) = (cell / defender.Points, cell % defender.Points);
            logLikelihoods[cell] = LogMeanExp(measures[cell].Select(run => observations.Sum(o => o.LogLikelihood(run[o.Slot]))));
            logPosterior[cell] = prior.LogDensity(attacker.LogAt(i), defender.LogAt(j)) + logLikelihoods[cell];
        }
        var max = logPosterior.Max();
        if (double.IsNegativeInfinity(max))
            throw new RecordOutOfReachException([.. observations.Select(o => o.ItemId).Distinct()], measures.Length == 0 ? 0 : measures[0].Length);
        var weights = logPosterior.Select(l => Math.Exp(l - max)).ToArray();
        var total = weights.Sum();
        return new GridPosterior(attacker, defender, [.. weights.Select(w => w / total)], [.. logLikelihoods], measures);
    }

    /// <summary>The marginal posterior probability of each point of one axis.</summary>
    public double[] Marginal(KillRate rate)
    {
        var axis = Axis(rate);
        var marginal = new double[axis.Points];
        for (var cell = 0; cell < Weights.Length; cell++)
            marginal[rate == KillRate.Attacker ? cell / DefenderAxis.Points : cell % DefenderAxis.Points] += Weights[cell];
        return marginal;
    }

    /// <summary>
    /// A quantile of one rate's marginal posterior. Each grid point stands for the interval of log rates half a step to
    /// either side, with its probability spread evenly over it, so quantiles fall between grid points.
    /// </summary>
    public double Quantile(KillRate rate, double p)
    {
        if (p is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(p), p, "must lie between 0 and 1");
        var axis = Axis(rate);
        var marginal = Marginal(rate);
        var below = 0.0;
        for (var k = 0; k < marginal.Length; k++)
        {
            if (below + marginal[k] >= p && marginal[k] > 0)
                return Math.Exp(axis.LogAt(k) + ((p - below) / marginal[k] - 0.5) * axis.LogStep);
            below += marginal[k];
        }
        return axis.High * Math.Exp(axis.LogStep / 2);
    }

    /// <summary>The posterior correlation of the two log rates.</summary>
    public double Correlation()
    {
        double ma = 0, md = 0;
        Each((w, la, ld) => { ma += w * la; md += w * ld; });
        double saa = 0, sdd = 0, sad = 0;
        Each((w, la, ld) => { saa += w * (la - ma) * (la - ma); sdd += w * (ld - md) * (ld - md); sad += w * (la - ma) * (ld - md); });
        return saa > 0 && sdd > 0 ? sad / Math.Sqrt(saa * sdd) : 0;
    }

    /// <summary>The pair of rates at the cell of highest posterior probability.</summary>
    public (double Attacker, double Defender) Mode()
    {
        var best = 0;
        for (var cell = 1; cell < Weights.Length; cell++) if (Weights[cell] > Weights[best]) best = cell;
        return (AttackerAxis[best / DefenderAxis.Points], DefenderAxis[best % DefenderAxis.Points]);
    }

    /// <summary>Posterior probability on the outermost ring of cells: more than a little means the grid is too small.</summary>
    public double EdgeMass()
    {
        var mass = 0.0;
        for (var cell = 0; cell < Weights.Length; cell++)
        {
            var (i, j) = (cell / DefenderAxis.Points, cell % DefenderAxis.Points);
            if (i == 0 || j == 0 || i == AttackerAxis.Points - 1 || j == DefenderAxis.Points - 1) mass += Weights[cell];
        }
        return mass;
    }

    /// <summary>
    /// The smallest box of grid points that holds <paramref name="mass"/> of the posterior, taking cells from the most
    /// probable down, widened by <paramref name="pad"/> steps on every side (the next grid may look between the points).
    /// </summary>
    public (ParameterAxis Attacker, ParameterAxis Defender, double MassOutside) Box(double mass, double pad, int points)
    {
        var order = Enumerable.Range(0, Weights.Length).OrderByDescending(c => Weights[c]).ThenBy(c => c).ToArray();
        int iLow = int.MaxValue, iHigh = int.MinValue, jLow = int.MaxValue, jHigh = int.MinValue;
        var taken = 0.0;
        foreach (var cell in order)
        {
            if (taken >= mass) break;
            var (i, j) = (cell / DefenderAxis.Points, cell % DefenderAxis.Points);
            (iLow, iHigh, jLow, jHigh) = (Math.Min(iLow, i), Math.Max(iHigh, i), Math.Min(jLow, j), Math.Max(jHigh, j));
            taken += Weights[cell];
        }
        var outside = 0.0;
        for (var cell = 0; cell < Weights.Length; cell++)
        {
            var (i, j) = (cell / DefenderAxis.Points, cell % DefenderAxis.Points);
            if (i < iLow || i > iHigh || j < jLow || j > jHigh) outside += Weights[cell];
        }
        static ParameterAxis Span(ParameterAxis axis, int low, int high, double pad, int points) =>
            new(Math.Exp(axis.LogAt(low) - pad * axis.LogStep), Math.Exp(axis.LogAt(high) + pad * axis.LogStep), points);
        return (Span(AttackerAxis, iLow, iHigh, pad, points), Span(DefenderAxis, jLow, jHigh, pad, points), outside);
    }

    /// <summary>
    /// The posterior predictive distribution of the run measure in <paramref name="slot"/>: every run of every cell, weighted by its cell's
    /// posterior probability. Runs in which the measure has no value (an offensive that never opened) are left out,
    /// and <see cref="Predictive.Share"/> says how much weight remained.
    /// </summary>
    public Predictive Predict(int slot)
    {
        var pairs = new List<(double Value, double Weight)>();
        for (var cell = 0; cell < _measures.Length; cell++)
        {
            var runs = _measures[cell];
            foreach (var run in runs)
            {
                var value = run[slot];
                if (!double.IsNaN(value) && Weights[cell] > 0) pairs.Add((value, Weights[cell] / runs.Length));
            }
        }
        return new Predictive([.. pairs.OrderBy(p => p.Value)]);
    }

    private void Each(Action<double, double, double> visit)
    {
        for (var cell = 0; cell < Weights.Length; cell++)
            visit(Weights[cell], AttackerAxis.LogAt(cell / DefenderAxis.Points), DefenderAxis.LogAt(cell % DefenderAxis.Points));
    }

    private static double LogMeanExp(IEnumerable<double> logs)
    {
        var values = logs.ToArray();
        var max = values.Max();
        if (double.IsNegativeInfinity(max)) return max;
        return max + Math.Log(values.Sum(v => Math.Exp(v - max)) / values.Length);
    }
}
