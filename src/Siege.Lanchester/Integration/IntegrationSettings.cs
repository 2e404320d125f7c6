namespace Siege.Lanchester.Integration;

/// <summary>
/// How far and how finely to integrate: until day <paramref name="Days"/>, with RK4 steps of at most
/// <paramref name="Step"/> days, recording the strengths every <paramref name="OutputInterval"/> days (and at the end).
/// </summary>
public sealed record IntegrationSettings(double Days, double Step = IntegrationSettings.DefaultStep, double OutputInterval = 1)
{
    /// <summary>
    /// A thousandth of a day. For attrition rates up to about 1 per day, RK4's error per unit time is of the order of
    /// (rate·step)⁴/120 ≈ 1e-14 of the strengths, far below anything a strength return can resolve.
    /// </summary>
    public const double DefaultStep = 0.001;

    public void Validate()
    {
        if (!double.IsFinite(Days) || Days <= 0) throw new ArgumentException($"days must be finite and > 0, not {Days}");
        if (!double.IsFinite(Step) || Step <= 0) throw new ArgumentException($"the step must be finite and > 0, not {Step}");
        if (!double.IsFinite(OutputInterval) || OutputInterval <= 0) throw new ArgumentException($"the output interval must be finite and > 0, not {OutputInterval}");
        // Output times are k·interval; a bound on their number keeps a typo (output = 1e-9) from exhausting memory.
        if (Days / OutputInterval > 10_000_000) throw new ArgumentException($"{Days} days at one output every {OutputInterval} days is too many rows");
        if (Days / Step > 1e9) throw new ArgumentException($"{Days} days in steps of {Step} is too many steps");
    }
}
