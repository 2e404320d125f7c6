using System.Collections.Immutable;

namespace Siege.Scenarios.Record;

/// <summary>A kind of loss a casualty figure may count, as the record's <c>categories</c> write it.</summary>
public enum CasualtyKind
{
    Killed,
    Wounded,
    DiedOfWounds,
    Sick,
    Captured,
    Missing,
}

/// <summary>A part of a figure's scope that its source may leave open, as the record's <c>unknown</c> names it.</summary>
public enum ScopeDimension
{
    Formations,
    Dates,
    Categories,
    CapturedIncludesWounded,
}

/// <summary>
/// What a casualty figure counts: the men of which formations (a unit stands for itself and every unit below it; the
/// side's top unit for the whole side), over which days, and which kinds of loss. <see cref="From"/> and
/// <see cref="To"/> are calendar days, both counted; null means from the scenario's start and to the end of the
/// siege. <see cref="CapturedIncludesWounded"/> says how the source books a man wounded and then captured: as captured
/// (true) or as wounded (false); null when the figure does not turn on it, or counts the wounded and not the captured
/// (then it holds every man wounded), or when the source does not say (then <see cref="Unknown"/> lists it).
/// <see cref="Unknown"/> lists what the source leaves open: a figure with any of it is never set against a run.
/// </summary>
public sealed record CasualtyScope(
    ImmutableArray<string> Formations,
    DateTime? From,
    DateTime? To,
    ImmutableArray<CasualtyKind> Categories,
    bool? CapturedIncludesWounded,
    ImmutableArray<ScopeDimension> Unknown)
{
    public bool IsKnown => Unknown.IsDefaultOrEmpty;

    public bool Counts(CasualtyKind kind) => !Categories.IsDefaultOrEmpty && Categories.Contains(kind);

    /// <summary>
    /// Whether the figure turns on how a wounded prisoner is booked: it counts exactly one of wounded and captured, so
    /// a man who was both is in it or not depending on the source's choice.
    /// </summary>
    public bool TurnsOnWoundedPrisoners => Counts(CasualtyKind.Wounded) != Counts(CasualtyKind.Captured);

    /// <summary>A scope of the given formations and categories over the whole siege, which the source states in full.</summary>
    public static CasualtyScope Of(IEnumerable<string> formations, params CasualtyKind[] categories) =>
        new([.. formations], null, null, [.. categories], null, []);
}
