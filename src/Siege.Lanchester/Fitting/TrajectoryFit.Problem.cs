using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;
using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Fitting;

// The least-squares problem of a trajectory fit: parameters to model, model to predicted log strengths, and back to estimates.
internal static partial class TrajectoryFit
{
    private sealed class Problem
    {
        private readonly FitOptions _options;
        private readonly double _t0, _span, _sx, _sy;
        private readonly double[] _times;
        private readonly List<(int Row, ForceSide Side)> _entries = [];
        private readonly ReinforcementSchedule _px, _qy;
        private readonly StrengthSeries _series;
        private readonly int _skipped;
        // Where x0/sx and y0/sy sit in θ, or −1 for a side first observed at zero: Engel's landings start from no one
        // ashore, a fact rather than a measurement, and a logarithmic residual could not use it anyway.
        private readonly int _ix, _iy;

        public Problem(StrengthSeries series, FitOptions options)
        {
            _series = series;
            _options = options;
            var obs = series.Observations;
            if (obs.Length < 2) throw new ArgumentException("a trajectory fit needs at least 2 observations");
            _t0 = obs[0].T;
            _span = obs[^1].T - _t0;
            _times = obs.Select(o => o.T - _t0).ToArray();
            _sx = Math.Max(1, obs.Max(o => o.Attacker));
            _sy = Math.Max(1, obs.Max(o => o.Defender));
            for (var i = 0; i < obs.Length; i++)
            {
                if (obs[i].Attacker > 0) _entries.Add((i, ForceSide.Attacker)); else _skipped++;
                if (obs[i].Defender > 0) _entries.Add((i, ForceSide.Defender)); else _skipped++;
            }
            _px = Shift(options.AttackerReinforcements) ?? FromRates(obs, o => o.AttackerReinforcement);
            _qy = Shift(options.DefenderReinforcements) ?? FromRates(obs, o => o.DefenderReinforcement);
            var next = 2 + ExponentCount;
            _ix = obs[0].Attacker > 0 ? next++ : -1;
            _iy = obs[0].Defender > 0 ? next : -1;
            Observed = Vector<double>.Build.DenseOfEnumerable(_entries.Select(e => Math.Log(e.Side == ForceSide.Attacker ? obs[e.Row].Attacker : obs[e.Row].Defender)));
        }

        public int Count => _entries.Count;

        public Vector<double> Observed { get; }

        private int ExponentCount => _options.Mode switch
        {
            FitMode.SharedExponents => 2,
            FitMode.PerSideExponents => 4,
            _ => 0,
        };

        /// <summary>The differences fit of the same kind, with the first observation as the initial strengths.</summary>
        public Vector<double> Start()
        {
            LanchesterFitResult first;
            try
            {
                first = LanchesterFit.Fit(_series, _options with { Method = FitMethod.Differences });
            }
            catch (ArgumentException)
            {
                // Too few intervals to estimate exponents by differences: start from the square law's coefficients.
                first = LanchesterFit.Fit(_series, _options with { Method = FitMethod.Differences, Mode = FitMode.FixedExponents });
            }
            var theta = new List<double> { Math.Log(Positive(first.A.Value)), Math.Log(Positive(first.B.Value)) };
            var (ex, ey) = _options.Mode == FitMode.FixedExponents ? (_options.AttackerExponents, _options.DefenderExponents) : (first.Attacker.Exponents, first.Defender.Exponents);
            if (_options.Mode == FitMode.SharedExponents) theta.AddRange([ex.Own, ex.Enemy]);
            if (_options.Mode == FitMode.PerSideExponents) theta.AddRange([ex.Own, ex.Enemy, ey.Own, ey.Enemy]);
            var o = _series.Observations[0];
            if (_ix >= 0) theta.Add(o.Attacker / _sx);
            if (_iy >= 0) theta.Add(o.Defender / _sy);
            return Vector<double>.Build.DenseOfEnumerable(theta);
        }

        // A differences fit on very noisy data can give a coefficient ≤ 0, whose logarithm is no starting point.
        private static double Positive(double v) => v > 0 ? v : 1e-6;

        public LanchesterModel Model(Vector<double> theta)
        {
            var (ex, ey) = Exponents(theta);
            var x0 = _ix >= 0 ? Math.Max(0, theta[_ix] * _sx) : 0;
            var y0 = _iy >= 0 ? Math.Max(0, theta[_iy] * _sy) : 0;
            return new LanchesterModel(Math.Exp(theta[0]), Math.Exp(theta[1]), ex, ey, x0, y0)
            {
                AttackerReinforcements = _px,
                DefenderReinforcements = _qy,
            };
        }

        private (Exponents X, Exponents Y) Exponents(Vector<double> theta) => _options.Mode switch
        {
            FitMode.SharedExponents => (new(theta[2], theta[3]), new(theta[2], theta[3])),
            FitMode.PerSideExponents => (new(theta[2], theta[3]), new(theta[4], theta[5])),
            _ => (_options.AttackerExponents, _options.DefenderExponents),
        };

        public Vector<double> Predict(Vector<double> theta)
        {
            var model = Model(theta);
            if (!double.IsFinite(model.A) || !double.IsFinite(model.B))
                return Vector<double>.Build.Dense(Count, -700); // a wild trial step: far from every observation
            var (points, _) = LanchesterIntegrator.Solve(model, _span, _options.Step, _times);
            // A model at zero where a side was observed alive is a bad fit, not an infinite one: floor at a millionth of the scale.
            return Vector<double>.Build.Dense(Count, i =>
            {
                var (row, side) = _entries[i];
                var p = points[row];
                return side == ForceSide.Attacker ? Math.Log(Math.Max(p.Attacker, 1e-6 * _sx)) : Math.Log(Math.Max(p.Defender, 1e-6 * _sy));
            });
        }

        /// <summary>Central differences of the predictions.</summary>
        public Matrix<double> Jacobian(Vector<double> theta)
        {
            var j = Matrix<double>.Build.Dense(Count, theta.Count);
            for (var c = 0; c < theta.Count; c++)
            {
                var h = 1e-6 * Math.Max(1, Math.Abs(theta[c]));
                var up = theta.Clone();
                var down = theta.Clone();
                up[c] += h;
                down[c] -= h;
                j.SetColumn(c, (Predict(up) - Predict(down)) / (2 * h));
            }
            return j;
        }

        public LanchesterFitResult Result(Vector<double> theta, Matrix<double> cov, Vector<double> residuals)
        {
            Estimate Plain(int i, double scale = 1) => new(theta[i] * scale, Math.Sqrt(cov[i, i]) * scale);
            Estimate Exp(int i) => new(Math.Exp(theta[i]), Math.Exp(theta[i]) * Math.Sqrt(cov[i, i]));
            double Scatter(ForceSide side)
            {
                var r = Enumerable.Range(0, Count).Where(i => _entries[i].Side == side).Select(i => residuals[i]).ToList();
                return r.Count == 0 ? 0 : Math.Sqrt(r.Sum(v => v * v) / r.Count);
            }
            int Equations(ForceSide side) => _entries.Count(e => e.Side == side);

            var (ex, ey) = Exponents(theta);
            SideFit attacker, defender;
            ImmutableArray<LawTest> tests;
            switch (_options.Mode)
            {
                case FitMode.SharedExponents:
                    attacker = new SideFit(Exp(0), Plain(2), Plain(3), Equations(ForceSide.Attacker), Scatter(ForceSide.Attacker));
                    defender = new SideFit(Exp(1), Plain(2), Plain(3), Equations(ForceSide.Defender), Scatter(ForceSide.Defender));
                    tests = LawTests.Shared(ex.Own, ex.Enemy, cov.SubMatrix(2, 2, 2, 2));
                    break;
                case FitMode.PerSideExponents:
                    attacker = new SideFit(Exp(0), Plain(2), Plain(3), Equations(ForceSide.Attacker), Scatter(ForceSide.Attacker));
                    defender = new SideFit(Exp(1), Plain(4), Plain(5), Equations(ForceSide.Defender), Scatter(ForceSide.Defender));
                    tests = LawTests.Joint(ex, ey, cov.SubMatrix(2, 4, 2, 4));
                    break;
                default:
                    attacker = new SideFit(Exp(0), Estimate.Fixed(ex.Own), Estimate.Fixed(ex.Enemy), Equations(ForceSide.Attacker), Scatter(ForceSide.Attacker));
                    defender = new SideFit(Exp(1), Estimate.Fixed(ey.Own), Estimate.Fixed(ey.Enemy), Equations(ForceSide.Defender), Scatter(ForceSide.Defender));
                    tests = [];
                    break;
            }
            return new LanchesterFitResult(FitMethod.Trajectory, _options.Mode, attacker, defender, tests, _skipped,
                _ix >= 0 ? Plain(_ix, _sx) : Estimate.Fixed(0), _iy >= 0 ? Plain(_iy, _sy) : Estimate.Fixed(0));
        }

        private ReinforcementSchedule? Shift(ReinforcementSchedule? schedule) =>
            schedule is null || schedule.IsEmpty ? schedule
            : new ReinforcementSchedule([.. schedule.Intervals.Select(i => i with { From = i.From - _t0, To = i.To - _t0 })]);

        private ReinforcementSchedule FromRates(ImmutableArray<StrengthObservation> obs, Func<StrengthObservation, double> rate)
        {
            var intervals = new List<ReinforcementInterval>();
            for (var i = 0; i + 1 < obs.Length; i++)
                if (rate(obs[i]) != 0) intervals.Add(ReinforcementInterval.FromRate(obs[i].T - _t0, obs[i + 1].T - _t0, rate(obs[i])));
            return intervals.Count == 0 ? ReinforcementSchedule.None : new ReinforcementSchedule([.. intervals]);
        }
    }
}
