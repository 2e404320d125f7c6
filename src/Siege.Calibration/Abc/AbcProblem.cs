using System.Collections.Immutable;

namespace Siege.Calibration.Abc;

/// <summary>
/// Runs the model once: the parameter vector (in the order of <see cref="AbcProblem.Parameters"/>) and a seed in,
/// one value per measure out (<see cref="AbcProblem.Measures"/> of them; NaN where a run has no value, such as an
/// offensive that never opened). Called from several threads at once, so it must not share mutable state; the same
/// parameters and seed must always give the same measures.
/// </summary>
public delegate double[] AbcSimulator(IReadOnlyList<double> parameters, ulong seed);

/// <summary>A parameter to calibrate with a uniform (box) prior on [<see cref="Low"/>, <see cref="High"/>].</summary>
public sealed record AbcParameter
{
    public AbcParameter(string name, double low, double high)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("a parameter needs a name", nameof(name));
        if (!double.IsFinite(low) || !double.IsFinite(high) || !(high > low))
            throw new ArgumentException($"parameter '{name}' needs finite bounds low < high, not {low} and {high}");
        Name = name;
        Low = low;
        High = high;
    }

    public string Name { get; }

    public double Low { get; }

    public double High { get; }

    public double Width => High - Low;

    public bool Contains(double value) => value >= Low && value <= High;
}

/// <summary>How a recorded figure bounds the truth.</summary>
public enum Censoring
{
    /// <summary>The figure is the value: a run is off by the difference.</summary>
    None,

    /// <summary>
    /// The figure is a lower bound ("the position still held on 20 July"): a run at or beyond it is not off at all,
    /// one short of it by the shortfall.
    /// </summary>
    AtLeast,

    /// <summary>The figure is an upper bound: a run at or below it is not off at all.</summary>
    AtMost,
}

/// <summary>
/// A recorded figure the distance uses: the measure (<see cref="Slot"/> in the simulator's array) it is set against,
/// the recorded value, and whether the record gives the value or only a bound. Measures on a log scale (casualty
/// counts) are best given to the sampler already as logarithms, with <see cref="Value"/> the log of the figure.
/// </summary>
public sealed record AbcTarget(string Name, int Slot, double Value, Censoring Censoring = Censoring.None)
{
    /// <summary>How far a run's measure is from the record, before scaling: 0 when it honours a bound; NaN when the run has no value.</summary>
    public double Residual(double simulated)
    {
        if (double.IsNaN(simulated)) return double.NaN;
        return Censoring switch
        {
            Censoring.AtLeast => Math.Max(0, Value - simulated),
            Censoring.AtMost => Math.Max(0, simulated - Value),
            _ => Math.Abs(simulated - Value),
        };
    }
}

/// <summary>
/// What to calibrate: the parameters with their priors, the recorded figures the distance uses, and the model.
/// <see cref="Measures"/> is the length of the array the simulator returns; measures no target reads are kept with
/// each particle all the same (the posterior predictive check of the items not used). <see cref="Model"/> names the
/// simulator (for a scenario, its content hash and variant): it is part of the calibration key, so a store never
/// resumes a calibration of another model.
/// </summary>
public sealed record AbcProblem
{
    public AbcProblem(IReadOnlyList<AbcParameter> parameters, IReadOnlyList<AbcTarget> targets, int measures, AbcSimulator simulate, string model)
    {
        if (parameters.Count == 0) throw new ArgumentException("nothing to calibrate: no parameter", nameof(parameters));
        var duplicate = parameters.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"parameter '{duplicate.Key}' is named twice", nameof(parameters));
        if (targets.FirstOrDefault(t => t.Slot < 0 || t.Slot >= measures) is { } outside)
            throw new ArgumentException($"target '{outside.Name}' reads measure {outside.Slot}, but a run gives {measures}", nameof(targets));
        if (targets.FirstOrDefault(t => !double.IsFinite(t.Value)) is { } infinite)
            throw new ArgumentException($"target '{infinite.Name}' has no finite value ({infinite.Value})", nameof(targets));
        Parameters = [.. parameters];
        Targets = [.. targets];
        Measures = measures;
        Simulate = simulate;
        Model = model;
    }

    public ImmutableArray<AbcParameter> Parameters { get; }

    public ImmutableArray<AbcTarget> Targets { get; }

    public int Measures { get; }

    public AbcSimulator Simulate { get; }

    public string Model { get; }

    /// <summary>The index of the parameter of that name.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Parameters.Length; i++) if (Parameters[i].Name == name) return i;
        throw new ArgumentException($"no parameter '{name}'", nameof(name));
    }
}
