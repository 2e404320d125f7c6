using System.Collections.Immutable;

namespace Siege.Scenarios.Sensitivity;

/// <summary>
/// A number of the scenario written with a range (<c>{value, min, max, source}</c>), found where it is written: the
/// variant path that selects it, so a variant can set it to either end, and the file and line, so a reader can look.
/// </summary>
public sealed record RangedFigure(string Path, double Value, double Low, double High, ImmutableArray<string> Sources, string File, int Line)
{
    /// <summary>The figure's end of the range, low or high.</summary>
    public double End(RangeEnd end) => end == RangeEnd.Low ? Low : High;
}

/// <summary>Which end of a figure's range.</summary>
public enum RangeEnd
{
    Low,
    High,
}
