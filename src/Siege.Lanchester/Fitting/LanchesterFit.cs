using Siege.Lanchester.Model;

namespace Siege.Lanchester.Fitting;

/// <summary>
/// Estimates the attrition coefficients, and optionally the exponents, from a two-sided strength series by finite
/// differences. Over each interval [t0, t1] a side's loss is what it lost plus what it received:
/// D = x(t0) − x(t1) + reinforcements, and its mean loss rate is L = D / (t1 − t0).
/// <list type="bullet">
/// <item>Exponents estimated: ln L = ln a + p·ln x̄ + q·ln ȳ, with x̄, ȳ the means of the interval's end values, is a
/// linear regression (ordinary least squares); its standard errors are the usual s²(XᵀX)⁻¹ ones, and a's is carried
/// over from ln a by the delta method (SE(a) ≈ a·SE(ln a)). Multiplicative noise on the losses is additive noise on
/// ln L, which is what this regression assumes.</item>
/// <item>Exponents fixed: L = a·G, with G the trapezoidal mean of x^p·y^q over the interval (for Engel's square law,
/// the mean of the enemy's strength), is a regression through the origin: a = ΣGL / ΣG², SE(a) = s / √ΣG².</item>
/// </list>
/// Intervals that end with either side at zero are left out: the law does not govern losses after a side is gone.
/// An interval that only starts at zero is kept: that is a side arriving (Engel's first landing day), not one destroyed.
/// </summary>
public static class LanchesterFit
{
    public static LanchesterFitResult Fit(StrengthSeries series, FitOptions? options = null)
    {
        options ??= FitOptions.Shared;
        if (options.Method == FitMethod.Trajectory) return TrajectoryFit.Fit(series, options);
        var intervals = Intervals(series, options, out var skipped);
        return options.Mode switch
        {
            FitMode.FixedExponents => FitFixed(intervals, options, skipped),
            FitMode.SharedExponents => FitShared(intervals, skipped),
            FitMode.PerSideExponents => FitPerSide(intervals, skipped),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Mode, "unknown fit mode"),
        };
    }

    /// <summary>One interval between consecutive observations, with both sides at the ends and their loss rates.</summary>
    private readonly record struct Interval(double Dt, double X0, double X1, double Y0, double Y1, double LossX, double LossY)
    {
        public double MeanX => (X0 + X1) / 2;
        public double MeanY => (Y0 + Y1) / 2;
    }

    private static List<Interval> Intervals(StrengthSeries series, FitOptions options, out int skipped)
    {
        var obs = series.Observations;
        var list = new List<Interval>();
        skipped = 0;
        for (var i = 0; i + 1 < obs.Length; i++)
        {
            var (o0, o1) = (obs[i], obs[i + 1]);
            if (o1.Attacker <= 0 || o1.Defender <= 0)
            {
                skipped++;
                continue;
            }
            var dt = o1.T - o0.T;
            var px = options.AttackerReinforcements?.Amount(o0.T, o1.T) ?? o0.AttackerReinforcement * dt;
            var qy = options.DefenderReinforcements?.Amount(o0.T, o1.T) ?? o0.DefenderReinforcement * dt;
            list.Add(new Interval(dt, o0.Attacker, o1.Attacker, o0.Defender, o1.Defender,
                (o0.Attacker - o1.Attacker + px) / dt, (o0.Defender - o1.Defender + qy) / dt));
        }
        return list;
    }

    private static LanchesterFitResult FitFixed(List<Interval> intervals, FitOptions options, int skipped)
    {
        if (intervals.Count < 2) throw new ArgumentException($"a fit needs at least 2 intervals with both sides above zero; the series has {intervals.Count}");
        var (ex, ey) = (options.AttackerExponents, options.DefenderExponents);
        ex.Validate("attacker");
        ey.Validate("defender");
        var attacker = ThroughOrigin(intervals.Select(i => (Trapezoid(ex, i.X0, i.Y0, i.X1, i.Y1), i.LossX)).ToList(), ex);
        var defender = ThroughOrigin(intervals.Select(i => (Trapezoid(ey, i.Y0, i.X0, i.Y1, i.X1), i.LossY)).ToList(), ey);
        return new LanchesterFitResult(FitMethod.Differences, FitMode.FixedExponents, attacker, defender, [], skipped);
    }

    private static double Trapezoid(Exponents e, double own0, double enemy0, double own1, double enemy1) =>
        (Powers.Of(own0, e.Own) * Powers.Of(enemy0, e.Enemy) + Powers.Of(own1, e.Own) * Powers.Of(enemy1, e.Enemy)) / 2;

    private static SideFit ThroughOrigin(List<(double G, double L)> rows, Exponents e)
    {
        var sgg = rows.Sum(r => r.G * r.G);
        if (!(sgg > 0)) throw new ArgumentException("the attrition term x^p·y^q is zero on every interval, so it says nothing about the coefficient");
        var a = rows.Sum(r => r.G * r.L) / sgg;
        var rss = rows.Sum(r => (r.L - a * r.G) * (r.L - a * r.G));
        var s = Math.Sqrt(rss / (rows.Count - 1));
        return new SideFit(new Estimate(a, s / Math.Sqrt(sgg)), Estimate.Fixed(e.Own), Estimate.Fixed(e.Enemy), rows.Count, s);
    }

    private static LanchesterFitResult FitShared(List<Interval> intervals, int skipped)
    {
        // Unknowns (ln a, ln b, p, q). Attacker rows: ln Lx = ln a + p·ln x̄ + q·ln ȳ; defender rows: ln Ly = ln b + p·ln ȳ + q·ln x̄.
        var rows = new List<double[]>();
        var response = new List<double>();
        int nx = 0, ny = 0;
        foreach (var i in intervals)
        {
            var (lx, ly) = (Math.Log(i.MeanX), Math.Log(i.MeanY));
            if (i.LossX > 0) { rows.Add([1, 0, lx, ly]); response.Add(Math.Log(i.LossX)); nx++; } else skipped++;
            if (i.LossY > 0) { rows.Add([0, 1, ly, lx]); response.Add(Math.Log(i.LossY)); ny++; } else skipped++;
        }
        if (nx < 1 || ny < 1 || rows.Count < 5)
            throw new ArgumentException($"estimating a, b, p and q needs at least 5 intervals with positive losses, some on each side; the series has {nx} for the attacker and {ny} for the defender");
        var ols = Ols.Solve(rows, response);
        var p = ols.Estimate(2);
        var q = ols.Estimate(3);
        var attacker = new SideFit(ols.ExpEstimate(0), p, q, nx, ols.ResidualStandardDeviation);
        var defender = new SideFit(ols.ExpEstimate(1), p, q, ny, ols.ResidualStandardDeviation);

        var tests = LawTests.Shared(p.Value, q.Value, ols.Covariance(2, 3));
        return new LanchesterFitResult(FitMethod.Differences, FitMode.SharedExponents, attacker, defender, tests, skipped);
    }

    private static LanchesterFitResult FitPerSide(List<Interval> intervals, int skipped)
    {
        var x = intervals.Where(i => i.LossX > 0).ToList();
        var y = intervals.Where(i => i.LossY > 0).ToList();
        skipped += 2 * intervals.Count - x.Count - y.Count;
        if (x.Count < 4 || y.Count < 4)
            throw new ArgumentException($"estimating each side's exponents needs at least 4 intervals with positive losses on each side; the series has {x.Count} for the attacker and {y.Count} for the defender");
        var ox = Ols.Solve(x.Select(i => new[] { 1, Math.Log(i.MeanX), Math.Log(i.MeanY) }).ToList(), x.Select(i => Math.Log(i.LossX)).ToList());
        var oy = Ols.Solve(y.Select(i => new[] { 1, Math.Log(i.MeanY), Math.Log(i.MeanX) }).ToList(), y.Select(i => Math.Log(i.LossY)).ToList());
        var attacker = new SideFit(ox.ExpEstimate(0), ox.Estimate(1), ox.Estimate(2), x.Count, ox.ResidualStandardDeviation);
        var defender = new SideFit(oy.ExpEstimate(0), oy.Estimate(1), oy.Estimate(2), y.Count, oy.ResidualStandardDeviation);

        var tests = LawTests.PerSide(attacker.Exponents, ox.Covariance(1, 2), defender.Exponents, oy.Covariance(1, 2));
        return new LanchesterFitResult(FitMethod.Differences, FitMode.PerSideExponents, attacker, defender, tests, skipped);
    }
}
