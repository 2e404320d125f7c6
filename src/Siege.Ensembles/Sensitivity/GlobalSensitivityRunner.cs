using Siege.Scenarios.Loading;
using Siege.Scenarios.Sensitivity;

namespace Siege.Ensembles.Sensitivity;

/// <summary>
/// Global sensitivity of a scenario through the run store. Every figure varies over its range at once, at the points
/// of a Saltelli (<c>sobol</c>) or Morris (<c>morris</c>) design; each point is run on the same seeds (common random
/// numbers), and its output is the mean length of the siege over them, so the indices measure the figures, not the
/// dice. As for one-at-a-time sensitivity, <see cref="EnsureAsync"/> runs what the store lacks and
/// <see cref="Analyse"/> only reads.
/// </summary>
public sealed class GlobalSensitivityRunner(RunStore store, LoadedScenario baseline, IScenarioFiles files)
{
    private readonly PointRunner _points = new(store, baseline, files);

    /// <summary>Runs every point of the design the store lacks; <paramref name="progress"/> hears (points done, points).</summary>
    public Task EnsureAsync(
        string method, IReadOnlyList<RangedFigure> figures, int samples, SeedRange seeds, int threads = 0,
        Action<int, int>? progress = null, CancellationToken cancellation = default) =>
        _points.EnsureAsync(Points(method, figures, samples), seeds, threads, progress, cancellation);

    /// <summary>The indices of <paramref name="figures"/> from the stored runs (see <see cref="EnsureAsync"/>).</summary>
    public GlobalSensitivityResult Analyse(string method, IReadOnlyList<RangedFigure> figures, int samples, SeedRange seeds)
    {
        var points = Points(method, figures, samples);
        var measured = points.Select(p => _points.MeanDays(p, seeds)).ToArray();
        var outputs = measured.Select(m => m.Days).ToArray();
        var rejected = measured.Where(m => m.Rejected is not null).ToList();
        var evaluated = points.Select(p => p.Select(x => SensitivityPoint.UnitOf(x.Figure, x.Value)).ToArray()).ToArray();
        var inputs = figures.Select(f => (f.Path, f.Low, f.High, (IReadOnlyList<string>?)f.Sources)).ToList();
        return new GlobalSensitivityResult(method, baseline.Scenario.Id, null, samples, points.Count, seeds.Count, seeds.First,
            (long)(points.Count - rejected.Count) * seeds.Count, GlobalSensitivityResult.DurationDays,
            Math.Round(outputs.Where(double.IsFinite).DefaultIfEmpty(0).Average(), 3),
            GlobalSensitivity.Indices(method, samples, evaluated, outputs, inputs))
        {
            Rejected = rejected.Count,
            RejectedBecause = rejected.Count == 0 ? null
                : rejected.GroupBy(m => m.Rejected!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => g.Key).ToList(),
        };
    }

    /// <summary>The design's points as figure values.</summary>
    private static IReadOnlyList<IReadOnlyList<(RangedFigure Figure, double Value)>> Points(
        string method, IReadOnlyList<RangedFigure> figures, int samples) =>
        GlobalSensitivity.Design(method, samples, figures.Count)
            .Select(unit => (IReadOnlyList<(RangedFigure, double)>)figures.Select((f, i) => (f, SensitivityPoint.ValueAt(f, unit[i]))).ToList())
            .ToList();
}
