using System.Collections.Immutable;
using Siege.Analysis.Attrition;
using Siege.Analysis.Validation;

namespace Siege.Analysis.Tests.Support;

/// <summary>
/// Battles drawn from a known log-linear law with normal noise, in the model's own terms (see AttritionModel.Terms),
/// so a fit can be checked against the truth.
/// </summary>
internal static class Synthetic
{
    // Round numbers of the size the real fit gives, one per term, in the order of AttritionModel.Terms.
    public static readonly double[] AttackerLaw = [-2.0, -0.3, -0.25, -0.1, -0.9, -0.15, 0.4, -0.4, -0.3, -0.3, -1.5, -1.7, -0.5];
    public static readonly double[] DefenderLaw = [-1.9, 0.4, -0.35, 0.0, -0.65, 0.1, 0.5, -0.15, -0.05, -0.5, -1.5, -1.6, -0.35];

    /// <summary><paramref name="count"/> battles; <paramref name="noise"/> is the SD of each side's log-rate noise and
    /// <paramref name="correlation"/> the correlation of the two sides' noise within a battle.</summary>
    public static ImmutableArray<Engagement> Engagements(int count, ulong seed, double noise, double correlation = 0)
    {
        var rng = new SplitMix64(seed);
        var result = ImmutableArray.CreateBuilder<Engagement>(count);
        for (var i = 0; i < count; i++)
        {
            var period = (Period)rng.NextInt(4);
            var conditions = new AttritionConditions(
                Math.Round(Math.Exp(Uniform(rng, Math.Log(1_000), Math.Log(200_000)))),
                Math.Round(Math.Exp(Uniform(rng, Math.Log(1_000), Math.Log(100_000)))),
                (PostureClass)rng.NextInt(4),
                (TerrainClass)rng.NextInt(5),
                period,
                Math.Ceiling(Math.Exp(Uniform(rng, 0, Math.Log(60)))));
            double Losses(double[] law, BattleSide side, double z) =>
                Math.Exp(Dot(law, Row(conditions)) + noise * z) * conditions.StrengthOf(side) * conditions.Days;
            var year = period switch { Period.Before1900 => 1815, Period.From1900To1938 => 1918, Period.From1939To1945 => 1944, _ => 1967 };
            var attackerNoise = Normal(rng);
            var attacker = Losses(AttackerLaw, BattleSide.Attacker, attackerNoise);
            var defenderNoise = correlation * attackerNoise + Math.Sqrt(1 - correlation * correlation) * Normal(rng);
            result.Add(new Engagement(i + 1, i + 1, $"synthetic {i + 1}", year, conditions,
                attacker, Losses(DefenderLaw, BattleSide.Defender, defenderNoise)));
        }
        return result.MoveToImmutable();
    }

    /// <summary>The model's design row, written out again here so the test does not trust the code it checks.</summary>
    public static double[] Row(AttritionConditions c) =>
    [
        1, Math.Log(c.Attackers / c.Defenders),
        Is(c.Posture == PostureClass.Prepared), Is(c.Posture == PostureClass.Fortified), Is(c.Posture == PostureClass.Other),
        Is(c.Terrain == TerrainClass.Rugged), Is(c.Terrain == TerrainClass.Wooded), Is(c.Terrain == TerrainClass.Desert), Is(c.Terrain == TerrainClass.Urban),
        Is(c.Period == Period.From1900To1938), Is(c.Period == Period.From1939To1945), Is(c.Period == Period.After1945),
        Math.Log(c.Days),
    ];

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Normal(SplitMix64 rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    public static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    private static double Uniform(SplitMix64 rng, double low, double high) => low + (high - low) * rng.NextDouble();

    private static double Is(bool b) => b ? 1 : 0;
}
