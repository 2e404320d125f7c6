using System.Collections.Immutable;

namespace Siege.Lanchester.Fitting;

/// <summary>
/// Both sides' strengths at day <paramref name="T"/>, and the reinforcement rates (men a day; negative for
/// withdrawals) that hold on average from this row until the next; the last row's rates are not used.
/// </summary>
public sealed record StrengthObservation(double T, double Attacker, double Defender, double AttackerReinforcement = 0, double DefenderReinforcement = 0);

/// <summary>A two-sided strength time series, in strictly increasing time.</summary>
public sealed record StrengthSeries
{
    public StrengthSeries(ImmutableArray<StrengthObservation> observations)
    {
        if (observations.IsDefault) throw new ArgumentException("a series needs observations", nameof(observations));
        for (var i = 0; i < observations.Length; i++)
        {
            var o = observations[i];
            if (!double.IsFinite(o.T)) throw new ArgumentException($"row {i}: time {o.T} is not a number");
            if (i > 0 && !(o.T > observations[i - 1].T)) throw new ArgumentException($"row {i}: time {o.T} does not come after {observations[i - 1].T}");
            if (!double.IsFinite(o.Attacker) || o.Attacker < 0) throw new ArgumentException($"row {i}: attacker strength {o.Attacker} must be finite and ≥ 0");
            if (!double.IsFinite(o.Defender) || o.Defender < 0) throw new ArgumentException($"row {i}: defender strength {o.Defender} must be finite and ≥ 0");
            if (!double.IsFinite(o.AttackerReinforcement) || !double.IsFinite(o.DefenderReinforcement))
                throw new ArgumentException($"row {i}: reinforcement rates must be finite");
        }
        Observations = observations;
    }

    public ImmutableArray<StrengthObservation> Observations { get; }

    public int Count => Observations.Length;

    public bool Equals(StrengthSeries? other) => other is not null && Observations.SequenceEqual(other.Observations);

    public override int GetHashCode() => Observations.Aggregate(0, (h, o) => HashCode.Combine(h, o));
}
