using System.Collections.Immutable;

namespace Siege.Scenarios.Sensitivity;

/// <summary>
/// A number of the scenario written with a range (<c>{value, min, max, source}</c>), found where it is written: the
/// variant path that selects it, so a variant can set it to either end, and the file and line, so a reader can look.
/// An arrival written with its range (<c>{at, earliest, latest, source}</c>) is one too, in hours from
/// <see cref="HoursFrom"/>, the scenario's start: <see cref="Value"/> is the hour of <c>at</c>. A figure whose value and
/// ends are all written as whole numbers (an arrival's hours too) is <see cref="Whole"/>: a count of men or guns, say,
/// which a sampled point keeps whole.
/// </summary>
public sealed record RangedFigure(string Path, double Value, double Low, double High, ImmutableArray<string> Sources, string File, int Line,
    DateTime? HoursFrom = null, bool Whole = false)
{
    /// <summary>The figure's end of the range, low or high.</summary>
    public double End(RangeEnd end) => end == RangeEnd.Low ? Low : High;

    /// <summary>Whether the figure is a time, counted in hours from <see cref="HoursFrom"/>.</summary>
    public bool IsTime => HoursFrom is not null;
}

/// <summary>Which end of a figure's range.</summary>
public enum RangeEnd
{
    Low,
    High,
}
