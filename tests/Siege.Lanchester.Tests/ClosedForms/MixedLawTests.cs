using Siege.Lanchester.ClosedForms;
using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;
using Siege.Lanchester.Tests.Support;

namespace Siege.Lanchester.Tests.ClosedForms;

/// <summary>
/// Deitchman's guerrilla model: dx/dt = −a·y (the conventional attacker takes aimed fire), dy/dt = −b·x·y (the
/// concealed guerrillas take area fire), a = 0.05, b = 1e-5, y0 = 1,000. K = b·x0² − 2a·y0 decides:
/// <list type="bullet">
/// <item>x0 = 10,000: K = 1,000 − 100 = 900 &gt; 0; the attacker tends to √(K/b) = √(9·10⁷) ≈ 9,486.8.</item>
/// <item>x0 = 2,000: K = 40 − 100 = −60 &lt; 0; the attacker is destroyed, the guerrillas keep −K/(2a) = 600,
/// on day atan(x0/k)/(b·k/2) with k = √(−K/b) = √(6·10⁶).</item>
/// </list>
/// </summary>
public sealed class MixedLawTests
{
    private static readonly LanchesterModel Strong = LanchesterModel.Mixed(0.05, 1e-5, 10_000, 1000);
    private static readonly LanchesterModel Weak = LanchesterModel.Mixed(0.05, 1e-5, 2000, 1000);

    [Fact]
    public void A_strong_attacker_wears_the_guerrillas_down_and_keeps_root_K_over_b()
    {
        var end = ClosedFormSolution.For(Strong).End;
        Assert.Equal(ForceSide.Attacker, end.Winner);
        Assert.Null(end.LoserDestroyedAt);
        Assert.Equal(Math.Sqrt(9e7), end.SurvivorStrength, 1e-6);
    }

    [Fact]
    public void A_weak_attacker_is_destroyed_and_the_guerrillas_keep_600()
    {
        var end = ClosedFormSolution.For(Weak).End;
        var k = Math.Sqrt(6e6);
        Assert.Equal(ForceSide.Defender, end.Winner);
        Assert.Equal(600, end.SurvivorStrength, 1e-9);
        Assert.Equal(Math.Atan(2000 / k) / (1e-5 * k / 2), end.LoserDestroyedAt!.Value, 1e-9);

        var numeric = LanchesterIntegrator.Integrate(Weak, new IntegrationSettings(100));
        Assert.Equal(end.LoserDestroyedAt.Value, numeric.AttackerDestroyedAt!.Value, Compare.DayTolerance);
        Assert.Equal(600, numeric.Final.Defender, 1e-6 * 2000);
    }

    [Fact]
    public void Closed_form_and_RK4_agree_when_the_attacker_wins() => Compare.AgreeWithinTolerance(Strong, 100);

    [Fact]
    public void Closed_form_and_RK4_agree_when_the_guerrillas_win() => Compare.AgreeWithinTolerance(Weak, 100);

    [Fact]
    public void Closed_form_and_RK4_agree_on_the_knife_edge()
    {
        // K = 0 needs numbers whose squares are exact in binary: a = 1/8, b = 1/1024, y0 = 1024, x0 = 512 give
        // b·x0² = 256 = 2a·y0. Then x = x0/(1 + b·x0·t/2) = 512/(1 + t/4) and y = 1024/(1 + t/4)².
        var model = LanchesterModel.Mixed(1.0 / 8, 1.0 / 1024, 512, 1024);
        var exact = ClosedFormSolution.For(model);
        Assert.Null(exact.End.Winner);
        Assert.Equal(256, exact.At(4).Attacker, 1e-9);
        Assert.Equal(256, exact.At(4).Defender, 1e-9);
        Compare.AgreeWithinTolerance(model, 100);
    }

    [Fact]
    public void B_x_squared_minus_2a_y_is_conserved_along_the_numerical_solution()
    {
        var exact = ClosedFormSolution.For(Strong);
        var k = exact.Invariant(Strong.Initial);
        var numeric = LanchesterIntegrator.Integrate(Strong, new IntegrationSettings(100));
        Assert.All(numeric.Points, p => Assert.Equal(k, exact.Invariant(p.Strengths), 1e-6 * k));
        // The general state equation is half of it: b·x²/2 − a·y.
        Assert.All(numeric.Points, p => Assert.Equal(k / 2, StateEquation.Invariant(Strong, p.Strengths), 1e-6 * k));
    }
}
