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

public sealed record PositionLostItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, string Position, DateTime From, DateTime To)
    : RecordItem(Id, Sources, Note, NoteEn);

public sealed record PositionHeldItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, string Position, DateTime Date)
    : RecordItem(Id, Sources, Note, NoteEn);

public enum CasualtyCategory
{
    Killed,
    Wounded,
    Captured,
    KilledAndWounded,
    Total,
}

public sealed record CasualtiesItem(string Id, ImmutableArray<string> Sources, string? Note, string? NoteEn, Side Side, CasualtyCategory Category, ImmutableArray<RecordFigure> Figures, double Tolerance)
    : RecordItem(Id, Sources, Note, NoteEn);

/// <summary>
/// The order the defender was given: to hold for <see cref="Days"/> days, counted from the scenario's start. Not an
/// outcome and not a fidelity row: an ensemble reports the share of runs that hold this long. <see cref="Note"/> is
/// Chinese and <see cref="NoteEn"/> English, as a record item's.
/// </summary>
public sealed record HoldOrder(double Days, DateTime? Given, ImmutableArray<string> Sources, string? Note, string? NoteEn);
