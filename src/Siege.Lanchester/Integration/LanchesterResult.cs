using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Siege.Lanchester.Fitting;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Integration;

/// <summary>The strengths of both sides at one output time.</summary>
public sealed record StrengthPoint(double Day, double Attacker, double Defender)
{
    [JsonIgnore]
    public Strengths Strengths => new(Attacker, Defender);
}

/// <summary>
/// A numerical integration: the strengths every output interval, from day 0 to the end, and the first day on which
/// each side reached zero (null if it never did; a side that starts at zero has not been destroyed).
/// </summary>
public sealed record LanchesterResult(
    LanchesterModel Model,
    IntegrationSettings Settings,
    ImmutableArray<StrengthPoint> Points,
    double? AttackerDestroyedAt,
    double? DefenderDestroyedAt)
{
    [JsonIgnore]
    public StrengthPoint Final => Points[^1];

    /// <summary>The side left standing at the end when the other is at zero; null while both stand, or neither.</summary>
    public ForceSide? Winner => (Final.Attacker > 0, Final.Defender > 0) switch
    {
        (true, false) => ForceSide.Attacker,
        (false, true) => ForceSide.Defender,
        _ => null,
    };

    /// <summary>The point recorded at <paramref name="day"/> (to within a millionth of a day).</summary>
    public StrengthPoint At(double day) =>
        Points.FirstOrDefault(p => Math.Abs(p.Day - day) <= 1e-6)
        ?? throw new ArgumentOutOfRangeException(nameof(day), day, "no output was recorded at that day");

    /// <summary>
    /// The points as a strength series, each row carrying the model's average reinforcement rates until the next row:
    /// the input <see cref="LanchesterFit"/> expects, so that a fit can be checked on the model's own output.
    /// </summary>
    public StrengthSeries ToSeries()
    {
        var rows = ImmutableArray.CreateBuilder<StrengthObservation>(Points.Length);
        for (var i = 0; i < Points.Length; i++)
        {
            var p = Points[i];
            double px = 0, qy = 0;
            if (i + 1 < Points.Length)
            {
                var (t0, t1) = (p.Day, Points[i + 1].Day);
                px = Model.AttackerReinforcements.Amount(t0, t1) / (t1 - t0);
                qy = Model.DefenderReinforcements.Amount(t0, t1) / (t1 - t0);
            }
            rows.Add(new StrengthObservation(p.Day, p.Attacker, p.Defender, px, qy));
        }
        return new StrengthSeries(rows.MoveToImmutable());
    }
}
