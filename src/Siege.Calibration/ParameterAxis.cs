namespace Siege.Calibration;

/// <summary>Points spaced evenly on the log scale from <see cref="Low"/> to <see cref="High"/>, both included.</summary>
public sealed record ParameterAxis
{
    public ParameterAxis(double low, double high, int points)
    {
        if (!(low > 0) || !(high > low)) throw new ArgumentException($"an axis needs 0 < low < high, not {low} and {high}");
        if (points < 2) throw new ArgumentException("an axis needs at least two points", nameof(points));
        Low = low;
        High = high;
        Points = points;
    }

    public double Low { get; }

    public double High { get; }

    public int Points { get; }

    /// <summary>The distance between neighbouring points on the log scale.</summary>
    public double LogStep => (Math.Log(High) - Math.Log(Low)) / (Points - 1);

    public double LogAt(int index) => Math.Log(Low) + index * LogStep;

    public double this[int index] => Math.Exp(LogAt(index));

    /// <summary>An axis centred on <paramref name="median"/>, reaching <paramref name="span"/> log units to either side.</summary>
    public static ParameterAxis Around(double median, double span, int points) =>
        new(median * Math.Exp(-span), median * Math.Exp(span), points);
}
