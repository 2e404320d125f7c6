namespace Siege.Calibration;

/// <summary>How a recorded figure may be off: by a number of units, or by a factor (an error on the log scale).</summary>
public enum ErrorScale
{
    Linear,
    Log,
}

/// <summary>
/// A recorded figure the calibration asks the runs to explain: the slot of the run measure it is set against (see
/// <see cref="RecordTarget.Slot"/>) and what that measure counts in, the value the source gives, and how far from the
/// truth a source may be (one standard deviation of a normal error on <see cref="Scale"/>).
/// </summary>
public sealed record Observation(string ItemId, string Description, int Slot, MeasureUnit Unit, double Value, double ErrorSd, ErrorScale Scale, string Source)
{
    /// <summary>The log density of the recorded value if the truth were <paramref name="simulated"/>, up to a constant.</summary>
    public double LogLikelihood(double simulated)
    {
        if (double.IsNaN(simulated)) return double.NegativeInfinity;
        // A count of zero would have no logarithm; one man is as close to none as a casualty figure gets.
        var z = Scale == ErrorScale.Linear
            ? (simulated - Value) / ErrorSd
            : (Math.Log(Math.Max(simulated, 1)) - Math.Log(Value)) / ErrorSd;
        return -0.5 * z * z;
    }
}
