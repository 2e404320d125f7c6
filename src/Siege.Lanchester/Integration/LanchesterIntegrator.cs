using System.Collections.Immutable;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Integration;

/// <summary>
/// Classical fourth-order Runge–Kutta with a fixed step. The day is cut at every output time and at every start and
/// end of a reinforcement interval, and each piece is integrated in equal steps no longer than the step asked for,
/// so the reinforcement rate is constant within every step and no step straddles a jump in it. When a step would
/// carry a side below zero, the step length at which it reaches zero is found by bisection and the side is set to
/// exactly zero there; a side at zero stays there (and inflicts no losses) unless its reinforcements outrun its losses.
/// </summary>
public static class LanchesterIntegrator
{
    public static LanchesterResult Integrate(LanchesterModel model, IntegrationSettings settings)
    {
        model.Validate();
        settings.Validate();
        var count = (long)Math.Floor(settings.Days / settings.OutputInterval + 1e-9);
        var outputs = new List<double>();
        for (long k = 0; k <= count; k++) outputs.Add(Math.Min(k * settings.OutputInterval, settings.Days));
        outputs.Add(settings.Days);
        var (points, destroyed) = Solve(model, settings.Days, settings.Step, outputs);
        return new LanchesterResult(model, settings, points, destroyed[0], destroyed[1]);
    }

    /// <summary>
    /// Integrates from day 0 to <paramref name="days"/> and records the strengths at day 0 and at each of
    /// <paramref name="outputs"/> (which must lie in [0, days]); no validation, for callers that have done it.
    /// </summary>
    internal static (ImmutableArray<StrengthPoint> Points, double?[] DestroyedAt) Solve(LanchesterModel model, double days, double step, IEnumerable<double> outputs)
    {
        var stops = Stops(model, days, outputs);
        var points = ImmutableArray.CreateBuilder<StrengthPoint>();
        var state = model.Initial;
        points.Add(new StrengthPoint(0, state.Attacker, state.Defender));
        var run = new Run(model);

        for (var k = 0; k + 1 < stops.Count; k++)
        {
            var (t0, t1) = (stops[k].Day, stops[k + 1].Day);
            var mid = (t0 + t1) / 2;
            var rates = new Strengths(model.AttackerReinforcements.RateAt(mid), model.DefenderReinforcements.RateAt(mid));
            // 1e-9 keeps a piece of exactly n steps (1 day / 0.001) from becoming n + 1 through rounding.
            var n = Math.Max(1, (int)Math.Ceiling((t1 - t0) / step - 1e-9));
            var h = (t1 - t0) / n;
            for (var i = 0; i < n; i++) state = run.Advance(t0 + i * h, state, h, rates);
            if (stops[k + 1].Output) points.Add(new StrengthPoint(t1, state.Attacker, state.Defender));
        }
        return (points.ToImmutable(), run.DestroyedAt);
    }

    /// <summary>The times at which integration pauses after day 0: outputs and reinforcement breakpoints, merged within 1e-9 days.</summary>
    private static List<(double Day, bool Output)> Stops(LanchesterModel model, double days, IEnumerable<double> outputs)
    {
        var all = new List<(double Day, bool Output)> { (0, false) };
        foreach (var t in outputs)
            if (t > 0 && t <= days) all.Add((t, true));
        foreach (var t in model.AttackerReinforcements.Breakpoints.Concat(model.DefenderReinforcements.Breakpoints))
            if (t > 0 && t < days) all.Add((t, false));
        all.Add((days, false));
        all.Sort((p, q) => p.Day.CompareTo(q.Day));

        var merged = new List<(double Day, bool Output)>();
        foreach (var s in all)
        {
            if (merged.Count > 0 && s.Day - merged[^1].Day <= 1e-9)
            {
                var last = merged[^1];
                // Keep a breakpoint's own value (the rates change exactly there) but remember if it is also an output.
                merged[^1] = (last.Output && !s.Output ? s.Day : last.Day, last.Output || s.Output);
                continue;
            }
            merged.Add(s);
        }
        return merged;
    }

    private sealed class Run(LanchesterModel model)
    {
        private readonly double _a = model.A, _b = model.B;
        private readonly Exponents _ex = model.AttackerExponents, _ey = model.DefenderExponents;

        public double?[] DestroyedAt { get; } = new double?[2];

        /// <summary>One step of length h from (t, s), stopping at zero any side that crosses it.</summary>
        public Strengths Advance(double t, Strengths s, double h, Strengths rates)
        {
            // Each side can go from above zero to zero once per step, so two passes cover every case.
            for (var pass = 0; pass < 2; pass++)
            {
                var next = Rk4(s, h, rates);
                var thetaX = s.Attacker > 0 && next.Attacker <= 0 ? Crossing(s, h, rates, ForceSide.Attacker) : double.PositiveInfinity;
                var thetaY = s.Defender > 0 && next.Defender <= 0 ? Crossing(s, h, rates, ForceSide.Defender) : double.PositiveInfinity;
                if (double.IsPositiveInfinity(thetaX) && double.IsPositiveInfinity(thetaY)) return Clamp(next);

                var (side, theta) = thetaX <= thetaY ? (ForceSide.Attacker, thetaX) : (ForceSide.Defender, thetaY);
                s = Clamp(Rk4(s, theta * h, rates).With(side, 0));
                t += theta * h;
                DestroyedAt[(int)side] ??= t;
                h -= theta * h;
                if (h <= 0) return s;
            }
            return Clamp(Rk4(s, h, rates));
        }

        /// <summary>The fraction θ of the step at which the RK4 step of length θ·h brings <paramref name="side"/> to zero.</summary>
        private double Crossing(Strengths s, double h, Strengths rates, ForceSide side)
        {
            double lo = 0, hi = 1;
            // The RK4 step is continuous in its length (the rates below are continuous in the state), so bisection
            // converges; 60 halvings reach the resolution of a double.
            for (var i = 0; i < 60 && hi - lo > 1e-17; i++)
            {
                var mid = (lo + hi) / 2;
                if (Rk4(s, mid * h, rates)[side] > 0) lo = mid;
                else hi = mid;
            }
            return hi;
        }

        private Strengths Rk4(Strengths s, double h, Strengths rates)
        {
            var k1 = Rate(s, rates);
            var k2 = Rate(Add(s, k1, h / 2), rates);
            var k3 = Rate(Add(s, k2, h / 2), rates);
            var k4 = Rate(Add(s, k3, h), rates);
            return new Strengths(
                s.Attacker + h / 6 * (k1.Attacker + 2 * k2.Attacker + 2 * k3.Attacker + k4.Attacker),
                s.Defender + h / 6 * (k1.Defender + 2 * k2.Defender + 2 * k3.Defender + k4.Defender));
        }

        /// <summary>
        /// dx/dt and dy/dt. Strengths below zero (inside a step that overshoots) count as zero, which keeps the rates
        /// continuous: a side's loss a·x^p·y^q does not jump as x passes zero, and the losses it inflicts fall to zero.
        /// </summary>
        private Strengths Rate(Strengths s, Strengths rates)
        {
            var x = Math.Max(0, s.Attacker);
            var y = Math.Max(0, s.Defender);
            // A side at zero fires no more; the explicit test matters for an enemy exponent of 0, where 0^0 = 1.
            var lossX = y > 0 ? _a * Powers.Of(x, _ex.Own) * Powers.Of(y, _ex.Enemy) : 0;
            var lossY = x > 0 ? _b * Powers.Of(y, _ey.Own) * Powers.Of(x, _ey.Enemy) : 0;
            return new Strengths(rates.Attacker - lossX, rates.Defender - lossY);
        }

        private static Strengths Add(Strengths s, Strengths d, double h) => new(s.Attacker + h * d.Attacker, s.Defender + h * d.Defender);

        private static Strengths Clamp(Strengths s) => new(Math.Max(0, s.Attacker), Math.Max(0, s.Defender));
    }
}
