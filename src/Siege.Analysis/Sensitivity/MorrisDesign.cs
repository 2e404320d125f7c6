using Siege.Analysis.Validation;

namespace Siege.Analysis.Sensitivity;

/// <summary>
/// Morris's one-step-at-a-time trajectories (Morris 1991, Technometrics 33, 161–174) on a grid of <see cref="Levels"/>
/// levels 0, 1/(p − 1), …, 1 in each of <see cref="Parameters"/> inputs. A trajectory starts at a random grid point and
/// moves each input once, in a random order, by Δ = p / (2(p − 1)) up or down (down when the start is in the upper
/// half of the grid, so every level is equally likely and each step stays in [0, 1]). D + 1 points a trajectory,
/// r·(D + 1) in all, trajectory after trajectory.
/// </summary>
public sealed class MorrisDesign
{
    private MorrisDesign(int trajectories, int parameters, int levels, double[][] points)
    {
        Trajectories = trajectories;
        Parameters = parameters;
        Levels = levels;
        Points = points;
    }

    public int Trajectories { get; }

    public int Parameters { get; }

    public int Levels { get; }

    /// <summary>The r·(D + 1) points, each trajectory's D + 1 in the order of its steps.</summary>
    public IReadOnlyList<double[]> Points { get; }

    /// <summary>The step of every move, in the unit of the input's range.</summary>
    public double Delta => Levels / (2.0 * (Levels - 1));

    /// <summary>The model evaluations the design costs: r·(D + 1).</summary>
    public static long Budget(int trajectories, int parameters) => (long)trajectories * (parameters + 1);

    public const int DefaultLevels = 4;

    /// <summary>The design of <paramref name="trajectories"/> trajectories, drawn from <paramref name="seed"/>.</summary>
    public static MorrisDesign Of(int trajectories, int parameters, int levels = DefaultLevels, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(parameters, 1);
        if (levels < 2 || levels % 2 != 0)
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "Morris's levels must be an even number, at least 2");
        var rng = new SplitMix64(seed);
        var jump = levels / 2;
        var points = new List<double[]>(checked(trajectories * (parameters + 1)));
        for (var t = 0; t < trajectories; t++)
        {
            var level = Enumerable.Range(0, parameters).Select(_ => rng.NextInt(levels)).ToArray();
            var x = level.Select(l => (double)l / (levels - 1)).ToArray();
            points.Add((double[])x.Clone());
            foreach (var i in Shuffled(parameters, rng))
            {
                // Δ is p/2 grid steps: up from the lower half of the grid, down from the upper half.
                level[i] += level[i] < jump ? jump : -jump;
                x[i] = (double)level[i] / (levels - 1);
                points.Add((double[])x.Clone());
            }
        }
        return new MorrisDesign(trajectories, parameters, levels, [.. points]);
    }

    /// <summary>0 … n − 1 in a random order (Fisher and Yates).</summary>
    private static int[] Shuffled(int n, SplitMix64 rng)
    {
        var order = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
