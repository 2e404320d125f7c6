using Siege.Lanchester.ClosedForms;

namespace Siege.Lanchester.Tests.ClosedForms;

public sealed class Expm1Tests
{
    /// <summary>e^x − 1 = Σ xⁿ/n!, n ≥ 1; sixty terms are exact to double precision for |x| ≤ 1.</summary>
    private static double Series(double x)
    {
        double term = x, sum = x;
        for (var n = 2; n < 60; n++)
        {
            term *= x / n;
            sum += term;
        }
        return sum;
    }

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-10)]
    [InlineData(-3e-7)]
    [InlineData(1e-4)]
    [InlineData(0.02)]
    [InlineData(-0.05)]
    [InlineData(0.5)]
    [InlineData(-1)]
    public void Agrees_with_the_series_to_a_few_units_in_the_last_place(double x) =>
        Assert.Equal(Series(x), Expm1.Of(x), 4e-16 * Math.Abs(Series(x)));

    [Fact]
    public void Saturates_at_the_extremes()
    {
        Assert.Equal(-1, Expm1.Of(-800));
        Assert.Equal(double.PositiveInfinity, Expm1.Of(800));
        Assert.Equal(Math.Exp(30) - 1, Expm1.Of(30), 1e-15 * Math.Exp(30));
    }
}
