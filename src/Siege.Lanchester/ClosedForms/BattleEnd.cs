using Siege.Lanchester.Model;

namespace Siege.Lanchester.ClosedForms;

/// <summary>
/// How an unreinforced battle ends. <paramref name="Winner"/> is null when neither side prevails: a draw in which
/// both sides wear down together, or a law (the logarithmic) under which neither is ever destroyed.
/// <paramref name="LoserDestroyedAt"/> is the day the loser reaches zero, or null when it only tends to zero as time
/// goes on. <paramref name="SurvivorStrength"/> is the winner's strength at that day, or its limit (0 without a winner).
/// </summary>
public sealed record BattleEnd(ForceSide? Winner, double? LoserDestroyedAt, double SurvivorStrength)
{
    public static BattleEnd NoDecision { get; } = new(null, null, 0);
}
