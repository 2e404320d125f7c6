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
    Figure? UsePerManHour,
    Figure? UsePerGunHour,
    double FirepowerWeight);

public sealed record SupplyLists(ImmutableArray<Supply> Defender, ImmutableArray<Supply> Attacker);
