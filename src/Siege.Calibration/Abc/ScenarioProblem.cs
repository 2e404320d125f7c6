using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Sensitivity;

namespace Siege.Calibration.Abc;

/// <summary>
/// A scenario as an ABC-SMC problem: its ranged figures as the parameters (each with its range as the uniform
/// prior), the record as the targets (<see cref="JointTargets"/>), and the engine as the simulator. The simulator
/// gives one measure per record item a run measures (<see cref="Targets"/>, in that order); the distance uses those
/// not left out (<see cref="Used"/>), and the rest are there for the posterior predictive check.
/// </summary>
public sealed class ScenarioProblem
{
    private readonly ThreadLocal<Point> _points;

    private ScenarioProblem(IScenarioFiles files, LoadedScenario loaded, IReadOnlyList<RangedFigure> figures, IReadOnlyList<JointTarget> targets,
        IReadOnlySet<string> used, IReadOnlySet<string> predicted, DateTime? cutoff)
    {
        Loaded = loaded;
        Figures = figures;
        Targets = targets;
        Used = [.. targets.Select(t => used.Contains(t.ItemId))];
        Predicted = [.. targets.Select(t => predicted.Contains(t.ItemId))];
        Cutoff = cutoff;
        // Each thread parses the scenario once and keeps the model of its last point: a particle's runs share it.
        _points = new ThreadLocal<Point>(() => new Point(FigureLoader.Create(files, figures)));
        var abcTargets = targets.Select((t, slot) => (t, slot)).Where(x => used.Contains(x.t.ItemId))
            .Select(x => new AbcTarget(x.t.ItemId, x.slot, x.t.Value, x.t.Censoring)).ToList();
        Problem = new AbcProblem([.. figures.Select(f => new AbcParameter(f.Path, f.Low, f.High))], abcTargets, targets.Count, Simulate,
            $"scenario {loaded.Scenario.Id} {loaded.ContentHash}; joint targets 1");
    }

    public LoadedScenario Loaded { get; }

    public IReadOnlyList<RangedFigure> Figures { get; }

    /// <summary>Every record item a run measures, in slot order.</summary>
    public IReadOnlyList<JointTarget> Targets { get; }

    /// <summary>Whether the target at the same slot is in the distance.</summary>
    public IReadOnlyList<bool> Used { get; }

    /// <summary>
    /// Whether the target at the same slot is out of sample: an item the calibration would fit without the cutoff,
    /// dated after it (<see cref="RecordCutoff"/>). All false without a cutoff.
    /// </summary>
    public IReadOnlyList<bool> Predicted { get; }

    /// <summary>The last day of the record the calibration fits (<c>--cutoff</c>), or null when it fits the whole record.</summary>
    public DateTime? Cutoff { get; }

    public AbcProblem Problem { get; }

    /// <summary>
    /// The problem of calibrating <paramref name="parameters"/> (paths of ranged figures) against the record items
    /// <paramref name="observe"/> (null: every item a run measures except <paramref name="leaveOut"/>). Throws
    /// <see cref="ArgumentException"/> with the reason for a path that names no figure with a range, or an item that
    /// no run measures. With a <paramref name="cutoff"/>, only those of these items dated on or before it
    /// (<see cref="RecordCutoff"/>) are fitted, and the others are the out-of-sample items (<see cref="Predicted"/>);
    /// a cutoff that leaves nothing to fit or nothing to predict throws.
    /// </summary>
    public static ScenarioProblem Create(IScenarioFiles files, LoadedScenario loaded, IReadOnlyList<string> parameters,
        IReadOnlyList<string>? observe = null, IReadOnlyList<string>? leaveOut = null, DateTime? cutoff = null)
    {
        if (parameters.Count == 0) throw new ArgumentException("no parameter to calibrate");
        var ranged = RangedFigures.Find(files).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var figures = new List<RangedFigure>();
        foreach (var path in parameters)
        {
            if (!ranged.TryGetValue(path, out var figure))
                throw new ArgumentException($"--parameter {path}: not a figure with a range in {loaded.Scenario.Id} (siege sensitivity lists them)");
            if (figures.Contains(figure)) throw new ArgumentException($"--parameter {path}: named twice");
            figures.Add(figure);
        }
        var targets = JointTargets.From(loaded.Record, loaded.Scenario);
        var known = targets.Select(t => t.ItemId).ToHashSet(StringComparer.Ordinal);
        if (observe is { Count: > 0 })
        {
            var unmeasured = JointTargets.Unmeasured(loaded.Record, loaded.Scenario).ToDictionary(u => u.ItemId, u => u.Reason, StringComparer.Ordinal);
            foreach (var id in observe.Where(id => !known.Contains(id)))
                throw new ArgumentException($"--observe {id}: not a record item a run measures ({unmeasured.GetValueOrDefault(id) ?? "no such item"})");
        }
        var fitted = (observe is { Count: > 0 } ? observe : [.. known.Where(id => leaveOut?.Contains(id) != true)]).ToHashSet(StringComparer.Ordinal);
        if (fitted.Count == 0) throw new ArgumentException("no record item left to fit");
        if (cutoff is not { } day) return new ScenarioProblem(files, loaded, figures, targets, fitted, new HashSet<string>(), null);
        var items = loaded.Record.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var used = fitted.Where(id => RecordCutoff.OnOrBefore(items[id], loaded.Record, day)).ToHashSet(StringComparer.Ordinal);
        var predicted = fitted.Where(id => !used.Contains(id)).ToHashSet(StringComparer.Ordinal);
        if (used.Count == 0)
            throw new ArgumentException($"--cutoff {day:yyyy-MM-dd}: no record item it would fit is dated on or before it (the first is dated {First(fitted, items, loaded)})");
        if (predicted.Count == 0)
            throw new ArgumentException($"--cutoff {day:yyyy-MM-dd}: every record item it would fit is dated on or before it, so there is nothing to predict");
        return new ScenarioProblem(files, loaded, figures, targets, used, predicted, day);
    }

    private static string First(IEnumerable<string> ids, Dictionary<string, Siege.Scenarios.Record.RecordItem> items, LoadedScenario loaded) =>
        ids.Select(id => RecordCutoff.DateOf(items[id], loaded.Record)).Where(d => d is not null).Min() is { } first
            ? first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "never";

    /// <summary>One run at <paramref name="parameters"/>: every target's measure; all NaN when the point does not load.</summary>
    private double[] Simulate(IReadOnlyList<double> parameters, ulong seed)
    {
        var model = _points.Value!.ModelAt(parameters);
        if (model is null) return [.. Targets.Select(_ => double.NaN)];
        var run = model.Run(seed, RunDetail.WithoutChronicle);
        var measures = new double[Targets.Count];
        for (var i = 0; i < measures.Length; i++) measures[i] = Targets[i].Measure(run);
        return measures;
    }

    /// <summary>A thread's loader and the model of the last point it loaded.</summary>
    private sealed class Point(FigureLoader loader)
    {
        private double[]? _last;
        private SiegeModel? _model;

        public SiegeModel? ModelAt(IReadOnlyList<double> parameters)
        {
            if (_last is not null && _last.AsSpan().SequenceEqual([.. parameters])) return _model;
            var loaded = loader.Load(parameters);
            _model = loaded.Succeeded ? SiegeModel.Compile(loaded.Scenario!.Scenario) : null;
            _last = [.. parameters];
            return _model;
        }
    }
}
