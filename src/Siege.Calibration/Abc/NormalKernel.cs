using Siege.Engine.Randomness;

namespace Siege.Calibration.Abc;

/// <summary>
/// A multivariate normal perturbation kernel N(0, Σ), held as the lower Cholesky factor L of Σ (Σ = L Lᵀ). It
/// draws θ + L z for standard normal z and gives the log density of a step up to its constant, −½ |L⁻¹ step|²: the
/// constant is the same for every pair of particles and cancels from the importance weights. Only IEEE basic
/// operations and <see cref="DeterministicMath"/> are used, so a draw is the same on every machine.
/// </summary>
internal sealed class NormalKernel
{
    private readonly double[,] _lower;

    private NormalKernel(double[,] lower) => _lower = lower;

    public int Dimension => _lower.GetLength(0);

    /// <summary>The kernel of covariance <paramref name="covariance"/> (symmetric, positive definite).</summary>
    public static NormalKernel FromCovariance(double[,] covariance)
    {
        var n = covariance.GetLength(0);
        var lower = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var diagonal = covariance[j, j];
            for (var k = 0; k < j; k++) diagonal -= lower[j, k] * lower[j, k];
            if (!(diagonal > 0)) throw new ArgumentException($"the covariance is not positive definite (pivot {j} is {diagonal})", nameof(covariance));
            lower[j, j] = Math.Sqrt(diagonal);
            for (var i = j + 1; i < n; i++)
            {
                var sum = covariance[i, j];
                for (var k = 0; k < j; k++) sum -= lower[i, k] * lower[j, k];
                lower[i, j] = sum / lower[j, j];
            }
        }
        return new NormalKernel(lower);
    }

    /// <summary>
    /// <paramref name="scale"/> times the weighted covariance of the particles, with a floor of (10⁻⁹ of each
    /// parameter's prior width)² added to the diagonal so that a population collapsed on a parameter still gives a
    /// kernel (Beaumont et al. 2009 take twice the weighted covariance).
    /// </summary>
    public static NormalKernel FromPopulation(IReadOnlyList<AbcParticle> particles, IReadOnlyList<AbcParameter> parameters, double scale)
    {
        var d = parameters.Count;
        var mean = new double[d];
        foreach (var p in particles)
            for (var i = 0; i < d; i++) mean[i] += p.Weight * p.Parameters[i];
        var covariance = new double[d, d];
        foreach (var p in particles)
            for (var i = 0; i < d; i++)
                for (var j = 0; j <= i; j++)
                    covariance[i, j] += p.Weight * (p.Parameters[i] - mean[i]) * (p.Parameters[j] - mean[j]);
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                covariance[i, j] *= scale;
                covariance[j, i] = covariance[i, j];
            }
            var floor = 1e-9 * parameters[i].Width;
            covariance[i, i] += floor * floor;
        }
        return FromCovariance(covariance);
    }

    /// <summary>θ + L z, with z drawn from <paramref name="rng"/>, written into <paramref name="into"/>.</summary>
    public void Perturb(IReadOnlyList<double> theta, Xoshiro256StarStar rng, double[] into)
    {
        var n = Dimension;
        Span<double> z = stackalloc double[n];
        var normals = new NormalDraws(rng);
        for (var i = 0; i < n; i++) z[i] = normals.Next();
        for (var i = 0; i < n; i++)
        {
            var step = 0.0;
            for (var k = 0; k <= i; k++) step += _lower[i, k] * z[k];
            into[i] = theta[i] + step;
        }
    }

    /// <summary>
    /// L⁻¹ x: the point in coordinates where the kernel is the standard normal. The log density of a step is then −½
    /// the squared Euclidean distance of the two whitened points (<see cref="LogDensityWhite"/>), which weighs N
    /// particles against N ancestors in N² · D operations rather than N² · D².
    /// </summary>
    public double[] Whiten(IReadOnlyList<double> x)
    {
        var n = Dimension;
        var white = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = x[i];
            for (var k = 0; k < i; k++) sum -= _lower[i, k] * white[k];
            white[i] = sum / _lower[i, i];
        }
        return white;
    }

    /// <summary>−½ |a − b|² for two whitened points: the log density of the step between them, up to the kernel's constant.</summary>
    public static double LogDensityWhite(double[] a, double[] b)
    {
        var squares = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            squares += d * d;
        }
        return -0.5 * squares;
    }

    /// <summary>−½ (x − y)ᵀ Σ⁻¹ (x − y): the log density of the step from y to x, up to the kernel's constant.</summary>
    public double LogDensity(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var n = Dimension;
        Span<double> solved = stackalloc double[n];
        var squares = 0.0;
        for (var i = 0; i < n; i++)
        {
            var sum = x[i] - y[i];
            for (var k = 0; k < i; k++) sum -= _lower[i, k] * solved[k];
            solved[i] = sum / _lower[i, i];
            squares += solved[i] * solved[i];
        }
        return -0.5 * squares;
    }
}

/// <summary>
/// Standard normal deviates by Marsaglia's polar method (Marsaglia and Bray 1964): two uniforms in the unit disc give
/// two independent normals from a logarithm and a square root, and nothing else from the platform's maths library.
/// </summary>
internal struct NormalDraws(Xoshiro256StarStar rng)
{
    private double _spare;
    private bool _hasSpare;

    public double Next()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }
        double u, v, s;
        do
        {
            u = 2 * rng.NextDouble() - 1;
            v = 2 * rng.NextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        var factor = Math.Sqrt(-2 * DeterministicMath.Log(s) / s);
        _spare = v * factor;
        _hasSpare = true;
        return u * factor;
    }
}
