namespace Siege.Analysis.Attrition;

public enum BattleSide { Attacker, Defender }

/// <summary>What a prediction is asked for: the two initial strengths and the setting.</summary>
public sealed record AttritionConditions(
    double Attackers,
    double Defenders,
    PostureClass Posture,
    TerrainClass Terrain,
    Period Period,
    double Days)
{
    public double ForceRatio => Attackers / Defenders;

    public double StrengthOf(BattleSide side) => side == BattleSide.Attacker ? Attackers : Defenders;
}

/// <summary>
/// One battle the model can learn from: both initial strengths and both casualty totals known and positive.
/// <paramref name="Group"/> is the battle at the root of its parent links; a battle and the parts of it that CDB90
/// also lists are kept in the same cross-validation fold.
/// </summary>
public sealed record Engagement(
    int BattleId,
    int Group,
    string Name,
    int Year,
    AttritionConditions Conditions,
    double AttackerCasualties,
    double DefenderCasualties)
{
    public double CasualtiesOf(BattleSide side) => side == BattleSide.Attacker ? AttackerCasualties : DefenderCasualties;

    /// <summary>Casualties as a fraction of the side's initial strength per calendar day of the battle.</summary>
    public double DailyRate(BattleSide side) => CasualtiesOf(side) / Conditions.StrengthOf(side) / Conditions.Days;

    public double LogDailyRate(BattleSide side) => Math.Log(DailyRate(side));
}
