using Siege.Lanchester.ClosedForms;
using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;
using Siege.Lanchester.Tests.Support;

namespace Siege.Lanchester.Tests.ClosedForms;

/// <summary>dx/dt = −a·x, dy/dt = −b·y: each side decays at its own rate and neither is ever destroyed.</summary>
public sealed class LogarithmicLawTests
{
    // a = ln 2 / 10: the attacker halves every 10 days; b = ln 2 / 20: the defender every 20.
    private static readonly LanchesterModel Model = LanchesterModel.Logarithmic(Math.Log(2) / 10, Math.Log(2) / 20, 8000, 4000);

    [Fact]
    public void Each_side_halves_in_its_half_life()
    {
        var s = ClosedFormSolution.For(Model).At(20);
        Assert.Equal(2000, s.Attacker, 1e-9);
        Assert.Equal(2000, s.Defender, 1e-9);
        Assert.Null(ClosedFormSolution.For(Model).End.Winner);
    }

    [Fact]
    public void Closed_form_and_RK4_agree() => Compare.AgreeWithinTolerance(Model, 100);

    [Fact]
    public void B_ln_x_minus_a_ln_y_is_conserved()
    {
        var numeric = LanchesterIntegrator.Integrate(Model, new IntegrationSettings(100));
        var i0 = StateEquation.Invariant(Model, Model.Initial);
        Assert.All(numeric.Points, p => Assert.Equal(i0, StateEquation.Invariant(Model, p.Strengths), 1e-9));
    }
}
