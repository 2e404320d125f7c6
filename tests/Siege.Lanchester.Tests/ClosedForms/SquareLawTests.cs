using Siege.Lanchester.ClosedForms;
using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;
using Siege.Lanchester.Tests.Support;

namespace Siege.Lanchester.Tests.ClosedForms;

/// <summary>
/// dx/dt = −a·y, dy/dt = −b·x with x0 = 1000, y0 = 500, a = 0.02, b = 0.01. The state equation gives
/// I = b·x0² − a·y0² = 10,000 − 5,000 = 5,000 &gt; 0, so the attacker wins with √(I/b) = √500,000 = 1000/√2 ≈ 707.107.
/// With r = √(ab) = √0.0002, the defender is gone when tanh(rt) = r·y0/(b·x0) = 1/√2, that is at
/// t = atanh(1/√2)/r = ln(1 + √2)/√0.0002 ≈ 62.32 days.
/// </summary>
public sealed class SquareLawTests
{
    private static readonly LanchesterModel Battle = LanchesterModel.Square(0.02, 0.01, 1000, 500);

    [Fact]
    public void The_attacker_wins_with_x0_over_root_2_left_on_day_ln_1_plus_root_2_over_r()
    {
        var end = ClosedFormSolution.For(Battle).End;
        Assert.Equal(ForceSide.Attacker, end.Winner);
        Assert.Equal(1000 / Math.Sqrt(2), end.SurvivorStrength, 1e-9);
        Assert.Equal(Math.Log(1 + Math.Sqrt(2)) / Math.Sqrt(0.0002), end.LoserDestroyedAt!.Value, 1e-9);
    }

    [Fact]
    public void Closed_form_and_RK4_agree_over_the_whole_battle_and_after_it() => Compare.AgreeWithinTolerance(Battle, 100);

    [Fact]
    public void RK4_finds_the_day_the_defender_reaches_zero_and_keeps_the_survivors()
    {
        var numeric = LanchesterIntegrator.Integrate(Battle, new IntegrationSettings(100));
        var end = ClosedFormSolution.For(Battle).End;
        Assert.Equal(end.LoserDestroyedAt!.Value, numeric.DefenderDestroyedAt!.Value, Compare.DayTolerance);
        Assert.Null(numeric.AttackerDestroyedAt);
        Assert.Equal(ForceSide.Attacker, numeric.Winner);
        Assert.Equal(end.SurvivorStrength, numeric.Final.Attacker, 1e-6 * 1000);
    }

    [Fact]
    public void The_state_equation_holds_along_the_numerical_solution()
    {
        var exact = ClosedFormSolution.For(Battle);
        var i0 = exact.Invariant(Battle.Initial);
        var numeric = LanchesterIntegrator.Integrate(Battle, new IntegrationSettings(62));
        // b·x² − a·y² is of order b·x0² = 10⁴; RK4 keeps it to far better than a millionth of that.
        Assert.All(numeric.Points, p => Assert.Equal(i0, exact.Invariant(p.Strengths), 1e-6 * i0));
        Assert.All(numeric.Points, p => Assert.Equal(i0, StateEquation.Invariant(Battle, p.Strengths), 1e-6 * i0));
    }

    [Fact]
    public void Swapping_the_coefficients_hands_the_victory_to_the_defender()
    {
        // a = 0.1, b = 0.01: I = 0.01·1000² − 0.1·500² = 10,000 − 25,000 = −15,000, so the defender keeps √(15,000/0.1).
        var model = LanchesterModel.Square(0.1, 0.01, 1000, 500);
        var end = ClosedFormSolution.For(model).End;
        Assert.Equal(ForceSide.Defender, end.Winner);
        Assert.Equal(Math.Sqrt(15_000 / 0.1), end.SurvivorStrength, 1e-9);
        Compare.AgreeWithinTolerance(model, 60);
    }

    [Fact]
    public void An_even_battle_decays_exponentially_and_nobody_wins()
    {
        // b·x0² = a·y0²: 0.01·1000² = 0.04·500². Then x(t) = x0·e^(−rt), y(t) = y0·e^(−rt), r = √0.0004 = 0.02.
        var model = LanchesterModel.Square(0.04, 0.01, 1000, 500);
        var exact = ClosedFormSolution.For(model);
        Assert.Null(exact.End.Winner);
        Assert.Equal(1000 * Math.Exp(-0.02 * 30), exact.At(30).Attacker, 1e-9);
        Assert.Equal(500 * Math.Exp(-0.02 * 30), exact.At(30).Defender, 1e-9);
        Compare.AgreeWithinTolerance(model, 60);
    }

    [Fact]
    public void One_sided_fire_is_a_straight_line()
    {
        // b = 0: the attacker never hits; x falls by a·y0 = 10 a day and reaches zero on day x0/(a·y0) = 100.
        var model = LanchesterModel.Square(0.02, 0, 1000, 500);
        var exact = ClosedFormSolution.For(model);
        Assert.Equal(900, exact.At(10).Attacker, 1e-9);
        Assert.Equal(100, exact.End.LoserDestroyedAt!.Value, 1e-9);
        Compare.AgreeWithinTolerance(model, 120);
        // The last step lands on zero exactly (or within rounding) rather than below it; that still counts.
        var numeric = LanchesterIntegrator.Integrate(model, new IntegrationSettings(120));
        Assert.Equal(100, numeric.AttackerDestroyedAt!.Value, Compare.DayTolerance);
    }
}
