using Siege.Analysis.Sensitivity;

namespace Siege.Ensembles.Sensitivity;

/// <summary>
/// The two global methods on any model of inputs in [0, 1]: the design's points, and the indices from the outputs
/// there. The scenario runner and the analytic test functions go through the same two steps, so a check on Ishigami
/// or Sobol G checks what a scenario gets.
/// </summary>
public static class GlobalSensitivity
{
    /// <summary>Morris's trajectories are drawn from this seed, whatever seeds the runs use: the dice and the design stay apart.</summary>
    public const ulong DesignSeed = 1;

    /// <summary>Seed of the bootstrap resamples of Sobol indices.</summary>
    public const ulong BootstrapSeed = 1;

    /// <summary>The model evaluations a design of <paramref name="samples"/> costs: N·(D + 2) for Sobol, r·(D + 1) for Morris.</summary>
    public static long Points(string method, int samples, int parameters) => method switch
    {
        SensitivityMethods.Sobol => SaltelliDesign.Budget(samples, parameters),
        SensitivityMethods.Morris => MorrisDesign.Budget(samples, parameters),
        _ => throw new ArgumentException($"'{method}' is not a global method", nameof(method)),
    };

    /// <summary>The points of the design, each input in [0, 1].</summary>
    public static IReadOnlyList<double[]> Design(string method, int samples, int parameters) => method switch
    {
        SensitivityMethods.Sobol => SaltelliDesign.Of(samples, parameters).Points,
        SensitivityMethods.Morris => MorrisDesign.Of(samples, parameters, seed: DesignSeed).Points,
        _ => throw new ArgumentException($"'{method}' is not a global method", nameof(method)),
    };

    /// <summary>
    /// Each input's indices from the <paramref name="outputs"/> at the design's points. For Morris the step of each
    /// move is read from <paramref name="evaluated"/>, the points as the model was evaluated there (a whole figure rounded).
    /// </summary>
    public static IReadOnlyList<GlobalParameter> Indices(
        string method, int samples, IReadOnlyList<double[]> evaluated, IReadOnlyList<double> outputs,
        IReadOnlyList<(string Path, double Low, double High, IReadOnlyList<string>? Sources)> inputs)
    {
        IEnumerable<GlobalParameter> parameters = method switch
        {
            SensitivityMethods.Sobol => SobolAnalysis.Analyse(SaltelliDesign.Of(samples, inputs.Count), outputs, seed: BootstrapSeed)
                .Select((index, i) => GlobalParameter.Of(inputs[i].Path, inputs[i].Low, inputs[i].High, inputs[i].Sources, index)),
            SensitivityMethods.Morris => MorrisAnalysis.Analyse(evaluated, outputs, inputs.Count)
                .Select((index, i) => GlobalParameter.Of(inputs[i].Path, inputs[i].Low, inputs[i].High, inputs[i].Sources, index)),
            _ => throw new ArgumentException($"'{method}' is not a global method", nameof(method)),
        };
        return parameters.OrderByDescending(p => p.Rank).ThenBy(p => p.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>The analysis of an analytic test function: one evaluation a point, no seeds.</summary>
    public static GlobalSensitivityResult OfTestFunction(string method, TestFunction function, int samples)
    {
        var design = Design(method, samples, function.Inputs.Count);
        var outputs = design.Select(function.AtUnit).ToArray();
        var inputs = function.Inputs.Select(x => (x.Name, x.Low, x.High, (IReadOnlyList<string>?)null)).ToList();
        return new GlobalSensitivityResult(method, null, function.Name, samples, design.Count, 1, null, design.Count, "f",
            Math.Round(outputs.Average(), 4), Indices(method, samples, design, outputs, inputs));
    }
}
