using Siege.Engine.Randomness;

namespace Siege.Engine.Tests.Randomness;

/// <summary>The engine's own exp, log and pow agree with the platform's to within a few units in the last place.</summary>
public sealed class DeterministicMathTests
{
    public static TheoryData<double> Arguments() => [-700.5, -30, -1, -0.5, -1e-9, 0, 1e-9, 0.3465, 0.5, 1, 2.5, 10, 100, 700];

    [Theory]
    [MemberData(nameof(Arguments))]
    public void Exp_matches_the_platform_to_a_few_ulps(double x) =>
        Assert.Equal(Math.Exp(x), DeterministicMath.Exp(x), Math.Exp(x) * 4e-16);

    [Theory]
    [InlineData(1e-300)]
    [InlineData(0.01)]
    [InlineData(0.7071)]
    [InlineData(1.0)]
    [InlineData(1.4143)]
    [InlineData(2.0)]
    [InlineData(12345.678)]
    [InlineData(1e300)]
    public void Log_matches_the_platform_to_a_few_ulps(double x) =>
        Assert.Equal(Math.Log(x), DeterministicMath.Log(x), Math.Max(Math.Abs(Math.Log(x)) * 4e-16, 1e-16));

    [Theory]
    [InlineData(0.8, 2.0, 0.64)]
    [InlineData(2.0, 1.5, 2.8284271247461903)]
    [InlineData(9.0, 0.5, 3.0)]
    [InlineData(0.0, 2.0, 0.0)]
    [InlineData(5.0, 0.0, 1.0)]
    public void Pow_gives_real_powers(double x, double y, double expected) =>
        Assert.Equal(expected, DeterministicMath.Pow(x, y), 1e-14);

    [Fact]
    public void Edge_cases_are_those_of_the_functions()
    {
        Assert.Equal(0.0, DeterministicMath.Exp(-1000));
        Assert.Equal(double.PositiveInfinity, DeterministicMath.Exp(1000));
        Assert.Equal(double.NegativeInfinity, DeterministicMath.Log(0));
        Assert.True(double.IsNaN(DeterministicMath.Log(-1)));
    }
}
