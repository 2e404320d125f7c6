using System.Collections.Immutable;
using System.Globalization;
using Siege.Scenarios.Record;

namespace Siege.Web.Views;

/// <summary>
/// One item of the historical record, with the fields of its <see cref="Kind"/> (the others are left out):
/// <c>siegeEnd</c> (date, toleranceDays), <c>duration</c> (figures), <c>offensive</c> (ordinal, start, end,
/// toleranceDays), <c>positionLost</c> (position, from, to), <c>positionHeld</c> (position, date) and
/// <c>casualties</c> (side, category, figures, tolerance). Figures name their source each.
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
    string? Category = null,
    double? Tolerance = null,
    ImmutableArray<RecordFigureView>? Figures = null)
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
            CasualtiesItem c => view with
            {
                Kind = "casualties", Side = ViewText.Camel(c.Side), Category = ViewText.Camel(c.Category), Tolerance = c.Tolerance, Figures = FiguresOf(c.Figures),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "a record item the API does not know"),
        };
    }

    private static ImmutableArray<RecordFigureView> FiguresOf(ImmutableArray<RecordFigure> figures) =>
        [.. figures.Select(f => new RecordFigureView(f.Value, f.Source, f.Note, f.NoteZh))];

    // The record's dates are days; a time would claim a precision the sources do not have.
    private static string Day(DateTime t) => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A published figure; its note in English and in Chinese.</summary>
internal sealed record RecordFigureView(double Value, string Source, string? Note, string? NoteZh);
