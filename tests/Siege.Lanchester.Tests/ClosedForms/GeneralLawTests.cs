using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Tests.ClosedForms;

/// <summary>
/// The generalised law dx/dt = −a·x^p·y^q, dy/dt = −b·y^p·x^q has no closed form in time, but it has a state
/// equation, b·x^k − a·y^k = constant with k = 1 + q − p, which the numerical solution must keep.
/// </summary>
public sealed class GeneralLawTests
{
    [Theory]
    [InlineData(0.3, 0.8)]   // k = 1.5
    [InlineData(0.5, 0.5)]   // k = 1: like the linear law's b·x − a·y, with square-root losses
    [InlineData(1.2, 0.2)]   // k = 0: b·ln x − a·ln y
    public void The_state_equation_holds_along_the_numerical_solution(double p, double q)
    {
        // Coefficients scaled so that each side loses a few per cent a day at the start.
        var (x0, y0) = (3000.0, 2000.0);
        var a = 0.03 * x0 / (Math.Pow(x0, p) * Math.Pow(y0, q));
        var b = 0.03 * y0 / (Math.Pow(y0, p) * Math.Pow(x0, q));
        var model = LanchesterModel.Generalised(a, b, p, q, x0, y0);
        var result = LanchesterIntegrator.Integrate(model, new IntegrationSettings(40));
        var i0 = StateEquation.Invariant(model, model.Initial);
        var scale = Math.Max(Math.Abs(b * Math.Pow(x0, 1 + q - p)), Math.Abs(a * Math.Pow(y0, 1 + q - p)));
        if (1 + q - p == 0) scale = Math.Max(b * Math.Log(x0), a * Math.Log(y0));
        Assert.All(result.Points.Where(pt => pt.Attacker > 0 && pt.Defender > 0),
            pt => Assert.Equal(i0, StateEquation.Invariant(model, pt.Strengths), 1e-9 * scale));
    }

    [Fact]
    public void Helmbold_with_W_1_is_the_square_law_and_with_W_0_the_logarithmic()
    {
        Assert.Equal(LanchesterLaw.Square, LanchesterModel.Helmbold(0.1, 0.2, 1, 10, 20).Law);
        Assert.Equal(LanchesterLaw.Logarithmic, LanchesterModel.Helmbold(0.1, 0.2, 0, 10, 20).Law);
        var helmbold = LanchesterModel.Helmbold(0.1, 0.2, 0.7, 10, 20);
        Assert.Equal(LanchesterLaw.General, helmbold.Law);
        Assert.Equal(new Exponents(0.30000000000000004, 0.7), helmbold.AttackerExponents);
    }

    [Fact]
    public void Helmbold_state_equation_is_b_x_to_the_2W_minus_a_y_to_the_2W()
    {
        const double w = 0.7;
        var model = LanchesterModel.Helmbold(0.01, 0.02, w, 1000, 800);
        var s = new Strengths(900, 700);
        Assert.Equal(0.02 * Math.Pow(900, 2 * w) - 0.01 * Math.Pow(700, 2 * w), StateEquation.Invariant(model, s), 1e-9);
    }

    [Fact]
    public void The_named_laws_are_recognised_from_their_exponents()
    {
        Assert.Equal(LanchesterLaw.Square, LanchesterModel.Generalised(1, 1, 0, 1, 1, 1).Law);
        Assert.Equal(LanchesterLaw.Linear, LanchesterModel.Generalised(1, 1, 1, 1, 1, 1).Law);
        Assert.Equal(LanchesterLaw.Logarithmic, LanchesterModel.Generalised(1, 1, 1, 0, 1, 1).Law);
        Assert.Equal(LanchesterLaw.Mixed, new LanchesterModel(1, 1, Exponents.AimedFire, Exponents.AreaFire, 1, 1).Law);
        Assert.Equal(LanchesterLaw.General, new LanchesterModel(1, 1, Exponents.AreaFire, Exponents.AimedFire, 1, 1).Law);
    }
}
