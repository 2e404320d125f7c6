using Siege.Lanchester.Fitting;
using Siege.Lanchester.Model;
using Siege.Lanchester.Tests.Support;

namespace Siege.Lanchester.Tests.Fitting;

/// <summary>
/// Recovering known coefficients from simulated series with multiplicative noise. Every battle lasts 30 days, and
/// both sides receive reinforcements at different times: without them the two strengths fall together, their
/// logarithms are nearly collinear, and no fit can tell an exponent on x from one on y.
/// <para>
/// The tolerance is stated in standard errors: a fixed seed makes each test deterministic, and |estimate − truth| ≤
/// 3 SE holds for 99.7 % of seeds if the standard errors are right; a separate test checks, over 200 seeds, that the
/// nominal 95 % intervals cover the truth about 95 % of the time. A bound on the standard error itself keeps the
/// tests from passing by vagueness.
/// </para>
/// </summary>
public sealed class NoisyFitTests
{
    private const double Sigma = 0.05;
    private const int Days = 30;

    private static LanchesterModel Reinforced(LanchesterModel m) => m with
    {
        AttackerReinforcements = ReinforcementSchedule.Of(new ReinforcementInterval(10, 11, 15_000)),
        DefenderReinforcements = ReinforcementSchedule.Of(new ReinforcementInterval(5, 6, 8_000), new ReinforcementInterval(15, 16, 10_000)),
    };

    // Losses start near 1,500 and 900 men a day (5 % and 4.5 %).
    private static readonly LanchesterModel Square = Reinforced(LanchesterModel.Square(0.05, 0.03, 30_000, 20_000));

    private static void Within3Se(double truth, Estimate e, string what) =>
        Assert.True(Math.Abs(e.Value - truth) <= 3 * e.StandardError, $"{what}: {e} is more than 3 SE from {truth}");

    [Fact]
    public void The_free_fit_recovers_the_square_law_exponents_from_noisy_losses()
    {
        var fit = LanchesterFit.Fit(SimulatedSeries.WithLossNoise(Square, Days, Sigma, seed: 1));
        Within3Se(0, fit.Attacker.OwnExponent, "p");
        Within3Se(1, fit.Attacker.EnemyExponent, "q");
        // About σ/√60 ≈ 0.0065 in ln L, spread over regressors that vary by a few tenths in ln x: SEs of a few hundredths.
        Assert.InRange(fit.Attacker.OwnExponent.StandardError, 0.01, 0.1);
        Assert.Equal(LanchesterLaw.Square, fit.NearestLaw);
        Assert.All(fit.LawTests.Where(t => t.Law != LanchesterLaw.Square), t => Assert.True(t.PValue < 1e-3, $"{t.Law} not rejected: {t.PValue}"));
    }

    [Fact]
    public void The_square_law_fit_recovers_a_and_b_within_3_per_cent()
    {
        var fit = LanchesterFit.Fit(SimulatedSeries.WithLossNoise(Square, Days, Sigma, seed: 2), FitOptions.ForLaw(LanchesterLaw.Square));
        Within3Se(0.05, fit.A, "a");
        Within3Se(0.03, fit.B, "b");
        // 5 % noise on each of 30 daily losses averages to about 5 %/√30 ≈ 0.9 %; 3 % is over three times that.
        Assert.Equal(0.05, fit.A.Value, 0.03 * 0.05);
        Assert.Equal(0.03, fit.B.Value, 0.03 * 0.03);
    }

    [Fact]
    public void Nominal_95_per_cent_intervals_cover_the_truth_about_95_per_cent_of_the_time()
    {
        const int seeds = 200;
        int p = 0, q = 0, a = 0;
        for (var seed = 1; seed <= seeds; seed++)
        {
            var series = SimulatedSeries.WithLossNoise(Square, Days, Sigma, seed);
            var free = LanchesterFit.Fit(series);
            var fixedLaw = LanchesterFit.Fit(series, FitOptions.ForLaw(LanchesterLaw.Square));
            if (Math.Abs(free.Attacker.OwnExponent.Value) <= 1.96 * free.Attacker.OwnExponent.StandardError) p++;
            if (Math.Abs(free.Attacker.EnemyExponent.Value - 1) <= 1.96 * free.Attacker.EnemyExponent.StandardError) q++;
            if (Math.Abs(fixedLaw.A.Value - 0.05) <= 1.96 * fixedLaw.A.StandardError) a++;
        }
        // At a true 95 %, the count over 200 seeds has a standard deviation of √(200·0.95·0.05) ≈ 3.1: 178–198 is
        // beyond three of them on either side.
        Assert.InRange(p, 178, 198);
        Assert.InRange(q, 178, 198);
        Assert.InRange(a, 178, 198);
    }

    [Fact]
    public void Helmbold_exponents_are_recovered_and_every_named_law_rejected()
    {
        // W = 0.6: p = 0.4, q = 0.6; coefficients chosen for the same opening losses as the square-law battle.
        const double p = 0.4, q = 0.6;
        var a = 1500 / (Math.Pow(30_000, p) * Math.Pow(20_000, q));
        var b = 900 / (Math.Pow(20_000, p) * Math.Pow(30_000, q));
        var model = Reinforced(LanchesterModel.Helmbold(a, b, 0.6, 30_000, 20_000));
        var fit = LanchesterFit.Fit(SimulatedSeries.WithLossNoise(model, Days, Sigma, seed: 3));
        Within3Se(p, fit.Attacker.OwnExponent, "p");
        Within3Se(q, fit.Attacker.EnemyExponent, "q");
        Assert.All(fit.LawTests, t => Assert.True(t.PValue < 1e-3, $"{t.Law} not rejected: {t.PValue}"));
    }

    [Fact]
    public void The_per_side_fit_recognises_Deitchmans_mixed_law()
    {
        // 10,000 regulars lose a·y = 40 a day to 2,000 guerrillas' aimed fire; the guerrillas lose b·x·y, 5 % a day, to
        // area fire. Both sides are reinforced at different times.
        var model = LanchesterModel.Mixed(0.02, 5e-6, 10_000, 2_000) with
        {
            AttackerReinforcements = ReinforcementSchedule.Of(new ReinforcementInterval(8, 9, 3_000), new ReinforcementInterval(16, 17, 3_000)),
            DefenderReinforcements = ReinforcementSchedule.Of(new ReinforcementInterval(4, 5, 600), new ReinforcementInterval(12, 13, 600), new ReinforcementInterval(20, 21, 600)),
        };
        var fit = LanchesterFit.Fit(SimulatedSeries.WithLossNoise(model, Days, Sigma, seed: 4), FitOptions.PerSide);
        Within3Se(0, fit.Attacker.OwnExponent, "attacker p");
        Within3Se(1, fit.Attacker.EnemyExponent, "attacker q");
        Within3Se(1, fit.Defender.OwnExponent, "defender p");
        Within3Se(1, fit.Defender.EnemyExponent, "defender q");
        Assert.Equal(LanchesterLaw.Mixed, fit.NearestLaw);
    }

    [Fact]
    public void The_trajectory_fit_recovers_a_and_b_from_miscounted_strengths()
    {
        // 2 % noise on each count. Differencing two counts 2 % apart to get a loss of 3–5 % of the strength is mostly
        // noise; matching the whole trajectory is not.
        var series = SimulatedSeries.WithCountNoise(Square, Days, 0.02, seed: 5);
        var trajectory = LanchesterFit.Fit(series, FitOptions.ForLaw(LanchesterLaw.Square) with { Method = FitMethod.Trajectory });
        var differences = LanchesterFit.Fit(series, FitOptions.ForLaw(LanchesterLaw.Square));
        Within3Se(0.05, trajectory.A, "a");
        Within3Se(0.03, trajectory.B, "b");
        Assert.Equal(0.05, trajectory.A.Value, 0.03 * 0.05);
        Assert.Equal(0.03, trajectory.B.Value, 0.03 * 0.03);
        Assert.True(trajectory.A.StandardError < differences.A.StandardError / 5,
            $"trajectory SE {trajectory.A.StandardError} vs differences SE {differences.A.StandardError}");
    }

    [Fact]
    public void The_trajectory_fit_recovers_the_exponents_from_miscounted_strengths()
    {
        var fit = LanchesterFit.Fit(SimulatedSeries.WithCountNoise(Square, Days, 0.02, seed: 6), new FitOptions { Method = FitMethod.Trajectory });
        Within3Se(0, fit.Attacker.OwnExponent, "p");
        Within3Se(1, fit.Attacker.EnemyExponent, "q");
        Assert.True(fit.Attacker.OwnExponent.StandardError < 0.3);
    }
}
