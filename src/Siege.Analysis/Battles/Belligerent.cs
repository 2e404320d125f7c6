namespace Siege.Analysis.Battles;

/// <summary>
/// One side of a battle. The source gives one "total strength" with a code saying what it is (initial, average daily
/// or total engaged) and sometimes a separate initial strength; the three are kept apart here because a rate per
/// initial strength and a rate per total engaged differ by the reinforcements, which can double a side.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><paramref name="Force"/>: the designation of the force (NAMA/NAMD).</item>
/// <item><paramref name="InitialStrength"/>: personnel at the start: INTST, or the total strength when its code says it is the initial one.</item>
/// <item><paramref name="AverageDailyStrength"/>: the total strength when its code is 2 (average daily).</item>
/// <item><paramref name="TotalEngaged"/>: the total strength when its code is 3 (every man engaged during the battle).</item>
/// <item><paramref name="Reinforcements"/>: reinforcements and replacements received during the battle (RERP).</item>
/// <item><paramref name="Casualties"/>: personnel battle casualties (CAS): killed, wounded, missing and captured.</item>
/// <item><paramref name="FinalStrength"/>: personnel at the end (FINST).</item>
/// </list>
/// </remarks>
public sealed record Belligerent(
    string Force,
    string Commander,
    int? InitialStrength,
    int? AverageDailyStrength,
    int? TotalEngaged,
    int? Reinforcements,
    int? Casualties,
    int? FinalStrength,
    int? Tanks,
    int? Artillery);
