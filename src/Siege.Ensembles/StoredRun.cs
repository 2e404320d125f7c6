using System.Collections.Immutable;
using Siege.Engine.Results;
using Siege.Ensembles.Storage;

namespace Siege.Ensembles;

/// <summary>
/// The part of a <see cref="RunResult"/> that the store keeps, in the form it keeps it: the outcome, the offensives,
/// and the positions that were ever lost and the daily figures as the blobs of <c>run_details</c>. The chronicle is
/// dropped and the blobs are encoded by the worker that ran the seed, so runs waiting for the writer stay small and
/// the single writer only binds values.
/// </summary>
public sealed record StoredRun(
    ulong Seed,
    string RunHash,
    int EndHour,
    Outcome Outcome,
    EndReason EndReason,
    Casualties Defender,
    Casualties Attacker,
    ImmutableArray<OffensiveSpan> Offensives,
    byte[] PositionFalls,
    byte[] Daily,
    byte[] CasualtiesByKind)
{
    public double DurationDays => EndHour / 24.0;

    public static StoredRun From(RunResult run) => new(
        run.Seed,
        run.HashHex,
        run.EndHour,
        run.Outcome,
        run.EndReason,
        run.Defender.Casualties,
        run.Attacker.Casualties,
        run.Offensives,
        // A position never lost is left out: its absence is the record that it held throughout.
        PositionFallsBlob.Encode(run.Positions),
        DailySeriesBlob.Encode(run.Days),
        CasualtiesBlob.Encode(run.Defender.ByKind, run.Attacker.ByKind));
}

/// <summary>One stored run's summary row, as read back; <see cref="EndReason"/> is null for a run stored before it was kept.</summary>
public readonly record struct RunRow(ulong Seed, string RunHash, int EndHour, Outcome Outcome, Casualties Defender, Casualties Attacker, int OffensiveCount)
{
    public EndReason? EndReason { get; init; }
}

/// <summary>Each side's casualties by kind of combat in one stored run, indexed by <see cref="CombatKind"/>.</summary>
public sealed record StoredCasualties(ulong Seed, ImmutableArray<Casualties> Defender, ImmutableArray<Casualties> Attacker);

/// <summary>A position lost at least once in a stored run: its last loss (null if retaken and held), first loss and changes of hands.</summary>
public readonly record struct PositionFallRow(ulong Seed, string PositionId, int? LostAtHour, int FirstLostHour, int Changes);

/// <summary>A general offensive of a stored run.</summary>
public readonly record struct OffensiveRow(ulong Seed, int Ordinal, int StartHour, int? EndHour);

/// <summary>The daily figures of one stored run, in order.</summary>
public sealed record StoredDays(ulong Seed, IReadOnlyList<DayRow> Days);

/// <summary>One day of a stored run: each side's strength and ammunition.</summary>
public readonly record struct DayRow(
    int Index,
    int Day,
    int DefenderCombatants,
    int DefenderReserve,
    int AttackerInfantry,
    int AttackerBlocking,
    long AttackerShells,
    double DefenderFirepower,
    ImmutableArray<long> DefenderStocks,
    int PositionsHeld,
    bool Offensive);
