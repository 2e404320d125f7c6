using System.Collections.Immutable;
using System.Globalization;
using Siege.Scenarios.Record;

namespace Siege.Web.Views;

/// <summary>
/// One item of the historical record, with the fields of its <see cref="Kind"/> (the others are left out):
/// <c>siegeEnd</c> (date, toleranceDays), <c>duration</c> (figures), <c>offensive</c> (ordinal, start, end,
/// toleranceDays), <c>positionLost</c> (position, from, to), <c>positionHeld</c> and <c>positionLostBy</c> (position,
/// date), <c>positionsHeld</c> (tiers, positions, through), <c>positionsLost</c> (tiers, positions, from, to),
/// <c>assaultBegan</c> (position, from, to), <c>siegeEndReason</c> (reasons) and <c>casualties</c> (side, scope,
/// figures, tolerance). Figures name their source each.
/// </summary>
internal sealed record RecordItemView(
    string Id,
    string Kind,
    ImmutableArray<string> Sources,
    string? Note,
    string? NoteEn,
    string? Date = null,
    int? ToleranceDays = null,
    int? Ordinal = null,
    string? Start = null,
    string? End = null,
    string? Position = null,
    string? From = null,
    string? To = null,
    string? Side = null,
    CasualtyScopeView? Scope = null,
    double? Tolerance = null,
    ImmutableArray<RecordFigureView>? Figures = null,
    ImmutableArray<string>? Tiers = null,
    ImmutableArray<string>? Positions = null,
    string? Through = null,
    ImmutableArray<string>? Reasons = null)
{
    public static RecordItemView Of(RecordItem item)
    {
        var view = new RecordItemView(item.Id, "", item.Sources, item.Note, item.NoteEn);
        return item switch
        {
            SiegeEndItem end => view with { Kind = "siegeEnd", Date = Day(end.Date), ToleranceDays = end.ToleranceDays },
            DurationItem duration => view with { Kind = "duration", Figures = FiguresOf(duration.Figures) },
            OffensiveItem o => view with { Kind = "offensive", Ordinal = o.Ordinal, Start = Day(o.Start), End = Day(o.End), ToleranceDays = o.ToleranceDays },
            PositionLostItem lost => view with { Kind = "positionLost", Position = lost.Position, From = Day(lost.From), To = Day(lost.To) },
            PositionHeldItem held => view with { Kind = "positionHeld", Position = held.Position, Date = Day(held.Date) },
            PositionLostByItem lostBy => view with { Kind = "positionLostBy", Position = lostBy.Position, Date = Day(lostBy.Date) },
            PositionsHeldItem held => view with { Kind = "positionsHeld", Tiers = TiersOf(held.Positions), Positions = held.Positions.PositionIds, Through = Day(held.Through) },
            PositionsLostItem lost => view with { Kind = "positionsLost", Tiers = TiersOf(lost.Positions), Positions = lost.Positions.PositionIds, From = Day(lost.From), To = Day(lost.To) },
            AssaultBeganItem assault => view with { Kind = "assaultBegan", Position = assault.Position, From = Day(assault.From), To = Day(assault.To) },
            SiegeEndReasonItem reason => view with { Kind = "siegeEndReason", Reasons = [.. reason.Reasons.Select(r => ViewText.Camel(r))] },
            CasualtiesItem c => view with
            {
                Kind = "casualties", Side = ViewText.Camel(c.Side), Scope = CasualtyScopeView.Of(c.Scope), Tolerance = c.Tolerance, Figures = FiguresOf(c.Figures),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "a record item the API does not know"),
        };
    }

    private static ImmutableArray<RecordFigureView> FiguresOf(ImmutableArray<RecordFigure> figures) =>
        [.. figures.Select(f => new RecordFigureView(f.Value, f.Source, f.Note, f.NoteZh))];

    private static ImmutableArray<string> TiersOf(Siege.Engine.Domain.TargetSet set) => [.. set.Tiers.Select(t => ViewText.Camel(t))];

    // The record's dates are days; a time would claim a precision the sources do not have.
    internal static string Day(DateTime t) => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// What a casualty item counts: formations (unit ids; a unit with all below it), the days (null: the whole siege), the
/// kinds of loss, how the source books wounded prisoners (null: not stated or not relevant), and what it leaves open.
/// </summary>
internal sealed record CasualtyScopeView(ImmutableArray<string> Formations, string? From, string? To, ImmutableArray<string> Categories, bool? CapturedIncludesWounded, ImmutableArray<string> Unknown)
{
    public static CasualtyScopeView Of(CasualtyScope scope) => new(
        scope.Formations,
        scope.From is { } from ? RecordItemView.Day(from) : null,
        scope.To is { } to ? RecordItemView.Day(to) : null,
        [.. scope.Categories.Select(k => ViewText.Camel(k))],
        scope.CapturedIncludesWounded,
        [.. scope.Unknown.Select(d => ViewText.Camel(d))]);
}

/// <summary>A published figure; its note in English and in Chinese.</summary>
internal sealed record RecordFigureView(double Value, string Source, string? Note, string? NoteZh);
