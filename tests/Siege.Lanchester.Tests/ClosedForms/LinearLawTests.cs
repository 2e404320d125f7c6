using Siege.Lanchester.ClosedForms;
using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;
using Siege.Lanchester.Tests.Support;

namespace Siege.Lanchester.Tests.ClosedForms;

/// <summary>
/// dx/dt = −a·x·y, dy/dt = −b·x·y. With a = b, C = b·(x0 − y0) and the attacker tends to C/b = x0 − y0: the
/// "ancient combat" result that equal fighters leave the difference of the armies standing.
/// </summary>
public sealed class LinearLawTests
{
    private static readonly LanchesterModel Equal = LanchesterModel.Linear(1e-4, 1e-4, 1000, 800);

    [Fact]
    public void Equal_fighters_leave_the_difference_of_the_armies()
    {
        var solution = ClosedFormSolution.For(Equal);
        Assert.Equal(ForceSide.Attacker, solution.End.Winner);
        Assert.Null(solution.End.LoserDestroyedAt);
        Assert.Equal(200, solution.End.SurvivorStrength, 1e-9);
        // By day 1000 the logistic approach e^(−Ct), C = 0.02, has closed to within e^(−20) of the limit.
        Assert.Equal(200, solution.At(1000).Attacker, 1e-4);
    }

    [Fact]
    public void Closed_form_and_RK4_agree() => Compare.AgreeWithinTolerance(Equal, 200);

    [Fact]
    public void Closed_form_and_RK4_agree_when_the_defender_wins() =>
        Compare.AgreeWithinTolerance(LanchesterModel.Linear(3e-4, 1e-4, 1000, 800), 200);

    [Fact]
    public void A_dead_even_battle_follows_x0_over_1_plus_b_x0_t()
    {
        // C = 0: dx/dt = −b·x², so x = x0/(1 + b·x0·t); the expm1 form must not divide 0 by 0.
        var model = LanchesterModel.Linear(1e-4, 1e-4, 1000, 1000);
        var solution = ClosedFormSolution.For(model);
        Assert.Null(solution.End.Winner);
        Assert.Equal(1000 / (1 + 0.1 * 50), solution.At(50).Attacker, 1e-9);
        Compare.AgreeWithinTolerance(model, 200);
    }

    [Fact]
    public void B_x_minus_a_y_is_conserved_along_the_numerical_solution()
    {
        var model = LanchesterModel.Linear(2e-4, 1e-4, 1000, 800);
        var i0 = StateEquation.Invariant(model, model.Initial); // 0.1 − 0.16 = −0.06
        var numeric = LanchesterIntegrator.Integrate(model, new IntegrationSettings(100));
        Assert.All(numeric.Points, p => Assert.Equal(i0, StateEquation.Invariant(model, p.Strengths), 1e-9));
    }
}
