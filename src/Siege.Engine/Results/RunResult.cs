using System.Collections.Immutable;
using Siege.Engine.Domain;

namespace Siege.Engine.Results;

public enum Outcome
{
    /// <summary>The garrison ceased resistance.</summary>
    Fell,
    /// <summary>A relief force broke through to the city.</summary>
    Relieved,
    /// <summary>The city still held when the scenario's horizon was reached.</summary>
    Held,
}

/// <summary>
/// Why a run ended: what <see cref="Outcome"/> says, and for a cease-fire, which of the pressures on the garrison had
/// grown most since the siege began (each is the factor by which it multiplies the hourly cease-fire hazard now,
/// against its value with the garrison at full strength, full firepower and its lines intact).
/// </summary>
public enum EndReason
{
    /// <summary>The scenario's horizon was reached with the city still held (<see cref="Outcome.Held"/>).</summary>
    Horizon,
    /// <summary>A relief force broke through to the city (<see cref="Outcome.Relieved"/>).</summary>
    Relieved,
    /// <summary>The garrison ceased resistance holding no position of the city's main, second or core line.</summary>
    NoLineHeld,
    /// <summary>The garrison ceased resistance, its loss of combatants the largest pressure.</summary>
    StrengthSpent,
    /// <summary>The garrison ceased resistance, its loss of firepower (ammunition) the largest pressure.</summary>
    FirepowerSpent,
    /// <summary>The garrison ceased resistance, the breach of its lines (the attacker in the core, or no main-line position held) the largest pressure.</summary>
    LinesBroken,
}

/// <summary>
/// Men out of action, each counted once by what became of him, so that <see cref="Total"/> is what a side no longer
/// has (the personnel balance): <see cref="Killed"/> are the dead, killed in action or died of wounds;
/// <see cref="Wounded"/> are still out of action with wounds (the defender's wounded in the city, the attacker's
/// evacuated); <see cref="Captured"/> were taken prisoner, unwounded or wounded. The breakdown alongside says how many
/// of the dead died of wounds, how many wounded returned to duty (and so are no longer casualties) and how many
/// prisoners were wounded; <see cref="WoundedEver"/> is everyone who was wounded, whatever became of him.
/// </summary>
public readonly record struct Casualties(int Killed, int Wounded, int Captured)
{
    /// <summary>Of <see cref="Killed"/>, those who died of wounds.</summary>
    public int DiedOfWounds { get; init; }
    /// <summary>Wounded who returned to duty: present again, so in no other count.</summary>
    public int ReturnedToDuty { get; init; }
    /// <summary>Of <see cref="Captured"/>, those taken prisoner wounded.</summary>
    public int CapturedWounded { get; init; }

    public int Total => Killed + Wounded + Captured;
    public int KilledInAction => Killed - DiedOfWounds;
    public int CapturedUnwounded => Captured - CapturedWounded;
    /// <summary>Every man wounded: those still wounded, died of wounds, returned to duty or captured wounded.</summary>
    public int WoundedEver => Wounded + DiedOfWounds + ReturnedToDuty + CapturedWounded;

    public static Casualties operator +(Casualties a, Casualties b) =>
        new(a.Killed + b.Killed, a.Wounded + b.Wounded, a.Captured + b.Captured)
        {
            DiedOfWounds = a.DiedOfWounds + b.DiedOfWounds,
            ReturnedToDuty = a.ReturnedToDuty + b.ReturnedToDuty,
            CapturedWounded = a.CapturedWounded + b.CapturedWounded,
        };
}

public sealed record OffensiveSpan(int Ordinal, int StartHour, int? EndHour);

/// <summary>
/// A position at the end of a run: when it was last lost (null if the defender held it at the end), first lost, how
/// often it changed hands, and when an assault group was first sent against it (null if none ever was).
/// </summary>
public sealed record PositionOutcome(string Id, int? LostAtHour, int? FirstLostHour, int Changes, Side HeldAtEnd, int? FirstAssaultedHour);

/// <summary>
/// One attacking formation (a leaf unit of the order of battle) at the end of a run: the men who arrived in it, its
/// killed and wounded (<see cref="Losses"/>, of whom <see cref="Killed"/> killed), and its men still at the city or
/// blocking the relief. The attacker takes no prisoners' losses: its wounded are evacuated, none are captured.
/// </summary>
public sealed record FormationOutcome(string UnitId, int Arrived, int Losses, int Present)
{
    public int Killed { get; init; }

    public int Wounded => Losses - Killed;

    /// <summary>The formation's losses as casualties, to add up like a side's.</summary>
    public Casualties Casualties => new(Killed, Wounded, 0);
}

public sealed record SupplyLedger(string Id, Side Side, long Initial, long Arrived, long Used, long Remaining);

/// <summary>Who was where at the end: the terms of the personnel balance initial + arrived = present + casualties.</summary>
public sealed record PersonnelLedger(int Initial, int Arrived, int Present, Casualties Casualties)
{
    public bool Balances => Initial + Arrived == Present + Casualties.Total;

    /// <summary>
    /// The casualties by the kind of combat that caused them, indexed by <see cref="CombatKind"/>; they add up to
    /// <see cref="Casualties"/>. Empty for a ledger read back from a store that did not keep them.
    /// </summary>
    public ImmutableArray<Casualties> ByKind { get; init; } = [];

    /// <summary>The casualties from one kind of combat (none if <see cref="ByKind"/> was not kept).</summary>
    public Casualties Of(CombatKind kind) => ByKind.IsDefaultOrEmpty ? default : ByKind[(int)kind];

    // Two ledgers are equal when their counts are, kind by kind (an immutable array alone compares by reference).
    public bool Equals(PersonnelLedger? other) =>
        other is not null && Initial == other.Initial && Arrived == other.Arrived && Present == other.Present
        && Casualties == other.Casualties && ByKind.AsSpan().SequenceEqual(other.ByKind.AsSpan());

    public override int GetHashCode() => HashCode.Combine(Initial, Arrived, Present, Casualties, ByKind.Length);
}

public sealed record DailySnapshot(
    int Day,
    int DefenderCombatants,
    int DefenderReserve,
    int AttackerInfantry,
    int AttackerBlocking,
    long AttackerShells,
    double DefenderFirepower,
    ImmutableArray<long> DefenderStocks,
    int PositionsHeldByDefender,
    bool OffensiveActive,
    Casualties DefenderCasualties,
    Casualties AttackerCasualties);

public sealed record RunResult(
    string ScenarioId,
    ulong Seed,
    ulong Hash,
    DateTime Start,
    int EndHour,
    Outcome Outcome,
    EndReason EndReason,
    ImmutableArray<OffensiveSpan> Offensives,
    ImmutableArray<PositionOutcome> Positions,
    PersonnelLedger Defender,
    PersonnelLedger Attacker,
    ImmutableArray<SupplyLedger> Supplies,
    ImmutableArray<ChronicleEntry> Chronicle,
    ImmutableArray<DailySnapshot> Days)
{
    /// <summary>The attacker's formations in the order of battle's file order; empty for a result read back from a store that did not keep them.</summary>
    public ImmutableArray<FormationOutcome> AttackerFormations { get; init; } = [];

    public string HashHex => Hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    public DateTime End => Start.AddHours(EndHour);

    /// <summary>Length of the siege in days, from the scenario's start to its end.</summary>
    public double DurationDays => EndHour / 24.0;
}
