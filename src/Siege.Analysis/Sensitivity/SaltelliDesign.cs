namespace Siege.Analysis.Sensitivity;

/// <summary>
/// The points at which Saltelli's scheme evaluates a model of <see cref="Parameters"/> inputs, each in [0, 1]: two
/// independent samples A and B of <see cref="Samples"/> rows (the first D and the last D coordinates of a 2D-dimensional
/// Sobol sequence), and for each input i the matrix AB_i, A with column i taken from B. In all N·(D + 2) points, in
/// the order A, B, AB_1 … AB_D, so <see cref="SobolAnalysis.Analyse"/> knows which output is which.
/// </summary>
public sealed class SaltelliDesign
{
    private SaltelliDesign(int samples, int parameters, double[][] points)
    {
        Samples = samples;
        Parameters = parameters;
        Points = points;
    }

    /// <summary>N, the rows of A and of B.</summary>
    public int Samples { get; }

    /// <summary>D, the model's inputs.</summary>
    public int Parameters { get; }

    /// <summary>The N·(D + 2) points, A, B, then each AB_i.</summary>
    public IReadOnlyList<double[]> Points { get; }

    /// <summary>The model evaluations the design costs: N·(D + 2).</summary>
    public static long Budget(int samples, int parameters) => (long)samples * (parameters + 2);

    /// <summary>
    /// The design of <paramref name="samples"/> rows (a power of two, so the rows of A and B are a whole block of the
    /// sequence and stratify every input evenly) for <paramref name="parameters"/> inputs.
    /// </summary>
    public static SaltelliDesign Of(int samples, int parameters)
    {
        if (samples < 2 || !System.Numerics.BitOperations.IsPow2(samples))
            throw new ArgumentOutOfRangeException(nameof(samples), samples, "the samples must be a power of two, at least 2");
        if (parameters < 1 || 2 * parameters > DirectionNumbers.MaxDimensions)
            throw new ArgumentOutOfRangeException(nameof(parameters), parameters,
                $"Saltelli sampling here takes 1 to {DirectionNumbers.MaxDimensions / 2} inputs");
        var rows = SobolSequence.Points(samples, 2 * parameters);
        var a = rows.Select(r => r[..parameters]).ToArray();
        var b = rows.Select(r => r[parameters..]).ToArray();
        var points = new List<double[]>(checked(samples * (parameters + 2)));
        points.AddRange(a);
        points.AddRange(b);
        for (var i = 0; i < parameters; i++)
            for (var j = 0; j < samples; j++)
            {
                var mixed = (double[])a[j].Clone();
                mixed[i] = b[j][i];
                points.Add(mixed);
            }
        return new SaltelliDesign(samples, parameters, [.. points]);
    }
}
