using System.Collections.Immutable;

namespace Siege.Analysis.Battles;

/// <summary>
/// One battle of CDB90 as Siege reads it. Every figure the source marks unknown is null here, never -1 or 9999, and
/// every signed code keeps its sign (the tidy tables of the revision blank the negative ones; see data/cdb90/README.md).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><paramref name="Id"/>: the CAA sequence number (ISQNO), 1–660.</item>
/// <item><paramref name="Days"/>: calendar days from the first day of fighting to the last, both counted (a one-day battle is 1).</item>
/// <item><paramref name="ActivePeriods"/>: every active period the source fills in, in order; there can be more than its NOATP count says.</item>
/// <item><paramref name="Posture"/>: the defender's primary posture (POST1).</item>
/// <item><paramref name="SecondaryPosture"/>: POST2, or null when the source gives none.</item>
/// <item><paramref name="Terrain"/>: local terrain descriptions, primary first; never empty (an unknown primary stays, all parts unknown).</item>
/// <item><paramref name="Weather"/>: local weather descriptions, primary first; never empty.</item>
/// <item><paramref name="FrontWidths"/>: the widths of front the source gives, in order; empty when none is known.</item>
/// <item><paramref name="Surprise"/>: SURPA: −3 (complete surprise by the defender) to +3 (by the attacker).</item>
/// <item><paramref name="AirSuperiority"/>: AEROA: −1 defender, 0 neither, +1 attacker had air superiority in the theatre.</item>
/// <item><paramref name="CombatEffectiveness"/>: CEA: the attacker's relative combat effectiveness, −4 to +4.</item>
/// <item><paramref name="FortificationInfluence"/>: FORTSA: how far fortifications favoured the attacker, −4 to +4.</item>
/// <item><paramref name="AdvanceKm"/>: KMDA: how far the attacker advanced; negative when it was thrown back.</item>
/// <item><paramref name="ParentId"/>: the battle this one is a part or a re-assessment of (the revision's <c>parent</c>), if any.</item>
/// </list>
/// </remarks>
public sealed record Battle(
    int Id,
    string Name,
    string War,
    string Location,
    string Campaign,
    DateOnly Start,
    DateOnly End,
    int Days,
    ImmutableArray<ActivePeriod> ActivePeriods,
    Belligerent Attacker,
    Belligerent Defender,
    DefenderPosture Posture,
    DefenderPosture? SecondaryPosture,
    PostureMix PostureMix,
    ImmutableArray<Terrain> Terrain,
    ImmutableArray<Weather> Weather,
    ImmutableArray<FrontWidth> FrontWidths,
    BattleOutcome Outcome,
    int? Surprise,
    int? AirSuperiority,
    int? CombatEffectiveness,
    int? FortificationInfluence,
    double? AdvanceKm,
    int? ParentId)
{
    public int Year => Start.Year;

    /// <summary>The defender's width of front when the battle opened, in km.</summary>
    public double? DefenderFrontKm => FrontWidths.IsEmpty ? null : FrontWidths[0].DefenderKm;

    public override string ToString() => $"{Id} {Name} ({Campaign}, {Start:yyyy-MM-dd})";
}
