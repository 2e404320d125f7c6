using System.Collections.Immutable;
using System.Globalization;

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

    /// <summary>
    /// Whether the figure takes whole numbers only: an arrival (whole hours), or a number whose value and range are
    /// written as whole numbers (men, guns, hours).
    /// </summary>
    public bool IsWhole => IsTime || (Value == Math.Floor(Value) && Low == Math.Floor(Low) && High == Math.Floor(High));

    /// <summary>
    /// A value the scenario can take for this figure: <paramref name="x"/> kept inside the range (a sum such as
    /// 0.03 + 0.27 may overshoot 0.3 in floating point) and rounded to a whole number where the figure takes only those.
    /// </summary>
    public double Snap(double x)
    {
        if (double.IsNaN(x)) throw new ArgumentException($"{Path}: no value (NaN)", nameof(x));
        var inside = Math.Clamp(x, Low, High);
        return IsWhole ? Math.Clamp(Math.Round(inside, MidpointRounding.ToEven), Math.Ceiling(Low), Math.Floor(High)) : inside;
    }

    /// <summary>
    /// A value of the figure as the scenario writes it: a number in round-trip form, or the local time that many hours
    /// from the start.
    /// </summary>
    public string Written(double x) =>
        HoursFrom is { } origin
            ? origin.AddHours(x).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
            : x.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>Which end of a figure's range.</summary>
public enum RangeEnd
{
    Low,
    High,
}
