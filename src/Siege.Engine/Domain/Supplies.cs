using System.Collections.Immutable;

namespace Siege.Engine.Domain;

/// <summary>
/// A stock of ammunition. Defender stocks are drawn per man-hour of combat, attacker shells per gun-hour of
/// bombardment; a side's firepower is the weighted share of its demand that the stocks can meet.
/// </summary>
public sealed record Supply(
    string Id,
    string Name,
    string NameEn,
    Figure Stock,
    [Parameter(Unit = "rounds per man-hour", Description = "Defender stocks: rounds drawn per man-hour of combat (every man engaged in an assault or counter-attack).")]
    Figure? UsePerManHour,
    [Parameter(Unit = "rounds per gun-hour", Description = "Attacker shells: rounds drawn per gun-hour of bombardment; full bombardment is every gun firing at this rate (the first attacker stock with this rate is the shell stock).")]
    Figure? UsePerGunHour,
    [Parameter(Unit = "weight", Description = "Defender stocks: how much this stock counts in the garrison's firepower, which is the weighted share of the per-man-hour demand the stocks can meet (weights are relative to each other).")]
    double FirepowerWeight,
    [Parameter(Unit = "rounds per day", Description = "Attacker shells: rounds reaching the guns each day, in hourly parts, besides the stock at the start (the supply line's flow; none when absent).")]
    Figure? FlowPerDay = null);

public sealed record SupplyLists(ImmutableArray<Supply> Defender, ImmutableArray<Supply> Attacker);
