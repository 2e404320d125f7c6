namespace Siege.Analysis.Sensitivity;

/// <summary>
/// One input's elementary effects: their mean μ, the mean of their absolute values μ* (Campolongo, Cariboni and
/// Saltelli 2007, Environmental Modelling &amp; Software 22, 1509–1518), which ranks inputs even where effects of both
/// signs cancel in μ, and their standard deviation σ, large where the effect depends on the other inputs (interactions)
/// or on where the input is (non-linearity). <see cref="Effects"/> counts the effects behind them.
/// </summary>
public sealed record MorrisIndex(double Mu, double MuStar, double Sigma, int Effects);

/// <summary>
/// Elementary effects from the outputs at a list of trajectories: between two consecutive points of a trajectory that
/// differ in one input by δ (in the unit of its range), the effect is (f(after) − f(before)) / δ. The step is read from
/// the points themselves, so points moved after the design (a figure kept whole, say) give their true effect; a step
/// that no longer moves its input gives none, nor does a step to or from a point the model could not be evaluated at
/// (its output NaN).
/// </summary>
public static class MorrisAnalysis
{
    public static IReadOnlyList<MorrisIndex> Analyse(IReadOnlyList<double[]> points, IReadOnlyList<double> outputs, int parameters)
    {
        if (points.Count != outputs.Count) throw new ArgumentException($"{outputs.Count} outputs for {points.Count} points", nameof(outputs));
        if (points.Count % (parameters + 1) != 0)
            throw new ArgumentException($"{points.Count} points are not whole trajectories of {parameters + 1}", nameof(points));
        if (outputs.Any(double.IsInfinity)) throw new ArgumentException("an output is infinite", nameof(outputs));
        var effects = Enumerable.Range(0, parameters).Select(_ => new List<double>()).ToArray();
        for (var start = 0; start < points.Count; start += parameters + 1)
            for (var k = start; k < start + parameters; k++)
            {
                var (before, after) = (points[k], points[k + 1]);
                var moved = Enumerable.Range(0, parameters).Where(i => before[i] != after[i]).ToArray();
                if (moved.Length > 1)
                    throw new ArgumentException($"points {k} and {k + 1} differ in {moved.Length} inputs; a trajectory moves one at a time", nameof(points));
                if (moved.Length == 0 || double.IsNaN(outputs[k]) || double.IsNaN(outputs[k + 1])) continue;
                var i = moved[0];
                effects[i].Add((outputs[k + 1] - outputs[k]) / (after[i] - before[i]));
            }
        return effects.Select(Summary).ToList();
    }

    private static MorrisIndex Summary(List<double> effects)
    {
        if (effects.Count == 0) return new MorrisIndex(0, 0, 0, 0);
        var mean = effects.Average();
        var sigma = effects.Count < 2 ? 0 : Math.Sqrt(effects.Sum(e => (e - mean) * (e - mean)) / (effects.Count - 1));
        return new MorrisIndex(mean, effects.Average(Math.Abs), sigma, effects.Count);
    }
}
