using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Tests.Integration;

/// <summary>
/// Engel's (1954) Iwo Jima model, FACTS.md §9: dM/dt = P(t) − a·N, dN/dt = −b·M, a = 0.0544, b = 0.0106,
/// M(0) = 0, N(0) = 21,500, landings 54,000 on day 0–1, 6,000 on day 2–3, 13,000 on day 5–6.
/// <para>
/// The model is linear, so it has an exact solution to check the integrator against, written out here apart from
/// the library. With a constant landing rate P, the shift v = N − P/a turns the equations into the unreinforced
/// square law u' = −a·v, v' = −b·u (u = M), whose solution is cosh/sinh; chaining the six pieces [0,1), [1,2),
/// [2,3), [3,5), [5,6), [6,∞) gives M and N exactly. After day 6 nobody lands and b·M² − a·N² is constant, so the
/// garrison is gone when tanh(r(t − 6)) = r·N6/(b·M6), r = √(ab), leaving √(M6² − (a/b)·N6²) Americans.
/// </para>
/// </summary>
public sealed class EngelIwoJimaTests
{
    private const double A = EngelIwoJima.A, B = EngelIwoJima.B;
    private static readonly double R = Math.Sqrt(A * B);
    private static readonly LanchesterResult Run = EngelIwoJima.Spec.Run();

    private static readonly (double From, double To, double Rate)[] Pieces =
        [(0, 1, 54_000), (1, 2, 0), (2, 3, 6_000), (3, 5, 0), (5, 6, 13_000), (6, double.PositiveInfinity, 0)];

    /// <summary>(M, N) at day t by the exact piecewise solution, valid while N &gt; 0.</summary>
    private static (double M, double N) Exact(double t)
    {
        double m = 0, n = EngelIwoJima.JapaneseInitial;
        foreach (var (from, to, rate) in Pieces)
        {
            if (t <= from) break;
            var dt = Math.Min(t, to) - from;
            var (u, v) = (m, n - rate / A);
            var (c, s) = (Math.Cosh(R * dt), Math.Sinh(R * dt) / R);
            (m, n) = (u * c - A * v * s, v * c - B * u * s + rate / A);
        }
        return (m, n);
    }

    private static double ExactEndDay()
    {
        var (m6, n6) = Exact(6);
        return 6 + Math.Atanh(R * n6 / (B * m6)) / R;
    }

    [Fact]
    public void The_landings_total_73000_men()
    {
        Assert.Equal(73_000, EngelIwoJima.Landings.Total);
        Assert.Equal(54_000, EngelIwoJima.Landings.Amount(0, 1));
        Assert.Equal(0, EngelIwoJima.Landings.Amount(1, 2));
        Assert.Equal(0, EngelIwoJima.Landings.RateAt(6));
    }

    [Fact]
    public void The_integration_follows_the_exact_solution_day_by_day()
    {
        // 1e-6 of the scale (73,000 landed) is 0.07 men; the fixed 0.001-day RK4 step does far better.
        foreach (var p in Run.Points.Where(p => p.Day <= 36))
        {
            var (m, n) = Exact(p.Day);
            Assert.Equal(m, p.Attacker, 1e-6 * 73_000);
            Assert.Equal(n, p.Defender, 1e-6 * 73_000);
        }
    }

    [Fact]
    public void The_state_equation_holds_within_each_landing_interval_and_between_them()
    {
        // With constant rates, b·M² − a·N² + 2P·N is conserved (StateEquation.SquareLawWithReinforcement); between
        // landings P = 0 and it is Lanchester's b·M² − a·N². Checked on a tenth-of-a-day grid within each piece.
        var fine = LanchesterIntegrator.Integrate(EngelIwoJima.Model, new IntegrationSettings(36, OutputInterval: 0.1));
        foreach (var (from, to, rate) in Pieces)
        {
            var inside = fine.Points.Where(p => p.Day >= from - 1e-9 && p.Day <= Math.Min(to, 36) + 1e-9).ToList();
            var i0 = StateEquation.SquareLawWithReinforcement(A, B, inside[0].Strengths, rate, 0);
            // The terms are of order b·M² ≈ 0.0106·66,000² ≈ 4.6e7; 1e-9 of that is a few hundredths.
            Assert.All(inside, p => Assert.Equal(i0, StateEquation.SquareLawWithReinforcement(A, B, p.Strengths, rate, 0), 0.05));
        }
    }

    [Fact]
    public void The_garrison_is_gone_on_day_36_39_with_51983_Americans_ashore()
    {
        // Pinned from the run with the default step of 0.001 day: day 36.3935044406, 51,982.925 men. The exact
        // piecewise solution above gives the same to better than a millionth of a day and a thousandth of a man;
        // steps of 0.1 and 0.0001 day change the day by less than 1e-12 (RK4's error per step is of order (r·h)⁵,
        // r ≈ 0.024 per day).
        Assert.Equal(36.3935044406, Run.DefenderDestroyedAt!.Value, 1e-9);
        Assert.Equal(51_982.925, Run.Final.Attacker, 1e-3);
        Assert.Equal(ExactEndDay(), Run.DefenderDestroyedAt.Value, 1e-6);
        var (m6, n6) = Exact(6);
        Assert.Equal(Math.Sqrt(m6 * m6 - A / B * n6 * n6), Run.Final.Attacker, 1e-3);
        Assert.Equal(ForceSide.Attacker, Run.Winner);
        // The US strength on the last day the garrison still stood (day 36: N ≈ 217 left).
        Assert.Equal(51_985.25, Run.At(36).Attacker, 0.01);
        Assert.Equal(216.83, Run.At(36).Defender, 0.01);
    }

    [Fact]
    public void The_end_day_does_not_depend_on_the_step()
    {
        var coarse = LanchesterIntegrator.Integrate(EngelIwoJima.Model, new IntegrationSettings(40, 0.1));
        var fine = LanchesterIntegrator.Integrate(EngelIwoJima.Model, new IntegrationSettings(40, 0.0001));
        Assert.Equal(fine.DefenderDestroyedAt!.Value, coarse.DefenderDestroyedAt!.Value, 1e-9);
        Assert.Equal(fine.Final.Attacker, coarse.Final.Attacker, 1e-6);
    }

    [Fact]
    public void Nobody_lands_after_day_6_so_the_US_strength_only_falls_from_then_on()
    {
        var after = Run.Points.Where(p => p.Day >= 6).Select(p => p.Attacker).ToList();
        Assert.All(after.Zip(after.Skip(1)), p => Assert.True(p.Second <= p.First));
        Assert.Equal(66_453.66, Run.At(6).Attacker, 0.01);
    }
}
