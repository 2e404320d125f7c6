using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Siege.Lanchester.Model;

/// <summary>
/// <paramref name="Men"/> arriving evenly over the half-open interval [<paramref name="From"/>, <paramref name="To"/>)
/// (days): "54,000 men during day 0–1" is (0, 1, 54000), a rate of 54,000 a day. Negative men are a withdrawal
/// (a side at zero has nothing to withdraw, so it stays at zero).
/// </summary>
public sealed record ReinforcementInterval(double From, double To, double Men)
{
    public double Rate => Men / (To - From);

    public static ReinforcementInterval FromRate(double from, double to, double ratePerDay) => new(from, to, ratePerDay * (to - from));

    /// <summary>Men that arrive within [t0, t1].</summary>
    public double Amount(double t0, double t1)
    {
        var overlap = Math.Min(t1, To) - Math.Max(t0, From);
        return overlap > 0 ? Rate * overlap : 0;
    }

    internal void Validate()
    {
        if (!double.IsFinite(From) || !double.IsFinite(To) || To <= From)
            throw new ArgumentException($"a reinforcement interval must end after it starts: [{From}, {To})");
        if (!double.IsFinite(Men)) throw new ArgumentException($"reinforcements must be a finite number of men, not {Men}");
    }
}

/// <summary>Piecewise-constant reinforcement rates for one side. Overlapping intervals add up.</summary>
public sealed record ReinforcementSchedule(ImmutableArray<ReinforcementInterval> Intervals)
{
    public static ReinforcementSchedule None { get; } = new(ImmutableArray<ReinforcementInterval>.Empty);

    public static ReinforcementSchedule Of(params ReinforcementInterval[] intervals) => new([.. intervals]);

    [JsonIgnore]
    public bool IsEmpty => Intervals.IsDefaultOrEmpty;

    public double Total => IsEmpty ? 0 : Intervals.Sum(i => i.Men);

    /// <summary>The rate (men a day) at time t; an interval covers its start but not its end.</summary>
    public double RateAt(double t)
    {
        if (IsEmpty) return 0;
        var rate = 0.0;
        foreach (var i in Intervals)
            if (t >= i.From && t < i.To) rate += i.Rate;
        return rate;
    }

    /// <summary>Men that arrive within [t0, t1], exactly.</summary>
    public double Amount(double t0, double t1) => IsEmpty ? 0 : Intervals.Sum(i => i.Amount(t0, t1));

    /// <summary>The times at which the rate may change.</summary>
    [JsonIgnore]
    public IEnumerable<double> Breakpoints => IsEmpty ? [] : Intervals.SelectMany(i => new[] { i.From, i.To });

    internal void Validate()
    {
        if (IsEmpty) return;
        foreach (var i in Intervals) i.Validate();
    }

    // ImmutableArray compares by reference; a schedule is a value, so compare its intervals.
    public bool Equals(ReinforcementSchedule? other) =>
        other is not null && (IsEmpty ? other.IsEmpty : !other.IsEmpty && Intervals.SequenceEqual(other.Intervals));

    public override int GetHashCode() => IsEmpty ? 0 : Intervals.Aggregate(0, (h, i) => HashCode.Combine(h, i));
}
