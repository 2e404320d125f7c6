using Siege.Lanchester.Fitting;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Tests.Fitting;

/// <summary>Recovering Engel's a = 0.0544 and b = 0.0106 from the model's own daily series (no noise).</summary>
public sealed class EngelFitTests
{
    private const double A = EngelIwoJima.A, B = EngelIwoJima.B;
    private static readonly StrengthSeries Daily = EngelIwoJima.Spec.Run().ToSeries();

    [Fact]
    public void The_square_law_fit_recovers_a_and_b_up_to_the_trapezoid_rule()
    {
        var fit = LanchesterFit.Fit(Daily, FitOptions.ForLaw(LanchesterLaw.Square));
        // b is regressed on the trapezoidal mean of M over each day. Off the landings M'' = ab·M (and on them too,
        // since the landing rate is constant), so the trapezoid overstates the day's ∫M by the factor 1 + ab/12,
        // and the fit returns b/(1 + ab/12) = 0.010599491 on every day alike.
        Assert.Equal(B / (1 + A * B / 12), fit.B.Value, 1e-7 * B);
        // For a the landing days, where N'' = −b·(P − a·N) is dominated by the landings, break that regularity: the
        // first day alone moves â by 0.02 %. Within 0.05 %.
        Assert.Equal(A, fit.A.Value, 5e-4 * A);
        // The four intervals that end after day 36.39 end with the garrison at zero and are left out.
        Assert.Equal(4, fit.Skipped);
        Assert.Equal(36, fit.Attacker.Equations);
    }

    [Fact]
    public void The_free_fit_finds_the_square_law_exponents()
    {
        // The regression uses the mean of each day's end strengths, a second-order approximation: exponents come out
        // within 1e-3 of the square law's (0, 1), and a and b within 0.1 %.
        var fit = LanchesterFit.Fit(Daily);
        Assert.Equal(0, fit.Attacker.OwnExponent.Value, 1e-3);
        Assert.Equal(1, fit.Attacker.EnemyExponent.Value, 1e-3);
        Assert.Equal(A, fit.A.Value, 1e-3 * A);
        Assert.Equal(B, fit.B.Value, 1e-3 * B);
        Assert.Equal(LanchesterLaw.Square, fit.NearestLaw);
    }

    [Fact]
    public void The_trajectory_fit_recovers_a_and_b_exactly()
    {
        // The trajectory fit integrates the model itself, so on the model's own output nothing is lost to
        // differencing: the remaining error is RK4's with the fit's 0.05-day step.
        var fit = LanchesterFit.Fit(Daily, FitOptions.ForLaw(LanchesterLaw.Square) with { Method = FitMethod.Trajectory });
        Assert.Equal(A, fit.A.Value, 1e-6 * A);
        Assert.Equal(B, fit.B.Value, 1e-6 * B);
        Assert.Equal(0, fit.X0!.Value); // first observed at zero: fixed, not fitted
        Assert.Equal(EngelIwoJima.JapaneseInitial, fit.Y0!.Value, 1e-3);
    }
}
