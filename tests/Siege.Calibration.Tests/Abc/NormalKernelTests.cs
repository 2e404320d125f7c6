using Siege.Calibration.Abc;
using Siege.Engine.Randomness;

namespace Siege.Calibration.Tests.Abc;

public sealed class NormalKernelTests
{
    private static readonly double[,] Covariance = { { 4.0, 1.2, 0.0 }, { 1.2, 1.0, -0.3 }, { 0.0, -0.3, 0.25 } };

    [Fact]
    public void The_log_density_is_minus_half_the_squared_mahalanobis_distance()
    {
        var kernel = NormalKernel.FromCovariance(Covariance);
        var inverse = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(Covariance).Inverse();
        var step = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray([0.7, -0.4, 0.2]);
        Assert.Equal(-0.5 * step * inverse * step, kernel.LogDensity([1.7, -0.4, 3.2], [1.0, 0.0, 3.0]), 12);
        Assert.Equal(-0.5 * step * inverse * step, NormalKernel.LogDensityWhite(kernel.Whiten([1.7, -0.4, 3.2]), kernel.Whiten([1.0, 0.0, 3.0])), 12);
    }

    [Fact]
    public void Its_steps_have_the_covariance_asked_for()
    {
        var kernel = NormalKernel.FromCovariance(Covariance);
        var rng = new Xoshiro256StarStar(42);
        const int draws = 40_000;
        var sums = new double[3, 3];
        var point = new double[3];
        for (var n = 0; n < draws; n++)
        {
            kernel.Perturb([0.0, 0.0, 0.0], rng, point);
            for (var i = 0; i < 3; i++)
                for (var j = 0; j < 3; j++) sums[i, j] += point[i] * point[j] / draws;
        }
        // Standard error of a sample covariance over 40,000 draws: at most √(σᵢ² σⱼ² · 2) / 200 ≈ 0.03 for the largest.
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                Assert.Equal(Covariance[i, j], sums[i, j], 4 * Math.Sqrt(2 * Covariance[i, i] * Covariance[j, j] / draws));
    }

    [Fact]
    public void A_covariance_that_is_not_positive_definite_is_refused()
    {
        Assert.Throws<ArgumentException>(() => NormalKernel.FromCovariance(new double[,] { { 1, 2 }, { 2, 1 } }));
    }

    [Fact]
    public void A_population_collapsed_on_a_parameter_still_gives_a_kernel()
    {
        AbcParameter[] parameters = [new("a", 0, 1), new("b", 0, 10)];
        AbcParticle[] particles =
        [
            new([0.2, 5.0], 0.5, 0, []),
            new([0.4, 5.0], 0.5, 0, []),
        ];
        var kernel = NormalKernel.FromPopulation(particles, parameters, 2.0);
        // Variance of a: 2 × 0.01; b only the floor, (1e-9 × 10)².
        Assert.Equal(-0.5 * 0.1 * 0.1 / 0.02, kernel.LogDensity([0.4, 5.0], [0.3, 5.0]), 9);
        Assert.Equal(-0.5, kernel.LogDensity([0.3, 5.0 + 1e-8], [0.3, 5.0]), 6);
    }
}
