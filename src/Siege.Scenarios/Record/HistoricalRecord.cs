using System.Collections.Immutable;
using Siege.Engine.Domain;

namespace Siege.Scenarios.Record;

/// <summary>
/// What happened, according to the sources: the yardstick of the fidelity table. It lives here, beside the loader,
/// and never in the engine's <see cref="Scenario"/>, so no simulated outcome can be steered by it. The order to hold
/// (<see cref="HoldOrder"/>), if the sources give one, goes with it.
/// </summary>
public sealed record HistoricalRecord(ImmutableArray<RecordItem> Items, HoldOrder? HoldOrder = null);

/// <summary>One item of the record. Its <see cref="Note"/> is the Chinese note and <see cref="NoteEn"/> the English one.</summary>
public abstract record RecordItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn);

/// <summary>One published figure and who published it; <see cref="Note"/> in English, <see cref="NoteZh"/> in Chinese.</summary>
public sealed record RecordFigure(double Value, string Source, string? Note, string? NoteZh = null);

public sealed record SiegeEndItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, DateTime Date, int ToleranceDays)
    : RecordItem(Id, Sources, Note, NoteEn);

public sealed record DurationItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, ImmutableArray<RecordFigure> Figures)
    : RecordItem(Id, Sources, Note, NoteEn);

public sealed record OffensiveItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, int Ordinal, DateTime Start, DateTime End, int ToleranceDays)
    : RecordItem(Id, Sources, Note, NoteEn);

/// <summary>A position first lost within a window of days (however often it changed hands afterwards).</summary>
public sealed record PositionLostItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, string Position, DateTime From, DateTime To)
    : RecordItem(Id, Sources, Note, NoteEn);

/// <summary>A position in the defender's hands at the end of a day.</summary>
public sealed record PositionHeldItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, string Position, DateTime Date)
    : RecordItem(Id, Sources, Note, NoteEn);

/// <summary>A position in the attacker's hands at the end of a day, however often it changed hands before.</summary>
public sealed record PositionLostByItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, string Position, DateTime Date)
    : RecordItem(Id, Sources, Note, NoteEn);

/// <summary>A set of positions (of some tiers, or named) none of which the attacker took up to the end of a day.</summary>
public sealed record PositionsHeldItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, TargetSet Positions, DateTime Through)
    : RecordItem(Id, Sources, Note, NoteEn);

/// <summary>A set of positions the first of which the attacker took within a window of days: a line broken.</summary>
public sealed record PositionsLostItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, TargetSet Positions, DateTime From, DateTime To)
    : RecordItem(Id, Sources, Note, NoteEn);

/// <summary>The first assault on a position, within a window of days.</summary>
public sealed record AssaultBeganItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, string Position, DateTime From, DateTime To)
    : RecordItem(Id, Sources, Note, NoteEn);

/// <summary>Why a siege ended, in the words the record and the run share.</summary>
public enum SiegeEndReason
{
    /// <summary>A cease-fire: too few men left.</summary>
    Strength,
    /// <summary>A cease-fire: the ammunition spent.</summary>
    Firepower,
    /// <summary>A cease-fire: the lines broken.</summary>
    Lines,
    Relieved,
    /// <summary>The city still held when the scenario's horizon was reached.</summary>
    Horizon,
}

/// <summary>How the siege ended: a run agrees when it ended for one of <see cref="Reasons"/>.</summary>
public sealed record SiegeEndReasonItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, ImmutableArray<SiegeEndReason> Reasons)
    : RecordItem(Id, Sources, Note, NoteEn);

/// <summary>
/// One side's casualties of one <see cref="Scope"/>, with every figure the sources give for it. The figures of one
/// item count the same men; a figure that counts others is another item.
/// </summary>
public sealed record CasualtiesItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, Side Side, CasualtyScope Scope, ImmutableArray<RecordFigure> Figures, double Tolerance)
    : RecordItem(Id, Sources, Note, NoteEn);

/// <summary>
/// The order the defender was given: to hold for <see cref="Days"/> days, counted from the scenario's start. Not an
/// outcome and not a fidelity row: an ensemble reports the share of runs that hold this long. <see cref="Note"/> is
/// Chinese and <see cref="NoteEn"/> English, as a record item's.
/// </summary>
public sealed record HoldOrder(double Days, DateTime? Given, ImmutableArray<string> Sources, string? Note, string? NoteEn);
