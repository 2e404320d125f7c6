using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Scenarios.Record;
using Siege.Scenarios.Schema.Definitions;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Loading;

internal sealed partial class ScenarioReader
{
    private HistoricalRecord ReadRecord(IReadOnlyList<Located> items, MapReader? holdOrder, Forces? forces) =>
        new(items.Select(at => ReadRecordItem(at, forces)).OfType<RecordItem>().ToImmutableArray(), ReadHoldOrder(holdOrder));

    // Longer than any horizon the reader accepts, so a typo in days is caught.
    private const double MaxHoldOrderDays = MaxHorizonDays;

    /// <summary>
    /// The optional <c>holdOrder</c> mapping: <c>{days, given, source, note, noteEn}</c>, the days counted from the
    /// scenario's start. Notes follow the record's convention: <c>note</c> Chinese, <c>noteEn</c> English.
    /// </summary>
    private HoldOrder? ReadHoldOrder(MapReader? r)
    {
        if (r is null) return null;
        var days = r.Number("days");
        if (days is { } d && (d <= 0 || d > MaxHoldOrderDays))
            diagnostics.Add(r.Place("days")!.Value, $"{r.What}.days: a number of days above 0 and at most {MaxHoldOrderDays}, got {Format(d)}");
        var given = r.Time("given");
        var sources = ReadSourceKeys(r);
        if (sources.IsEmpty && r.Node("source", required: true) is { } none)
            diagnostics.Add(none, $"{r.What}.source: an order needs its source");
        var noteEn = r.String("noteEn");
        var note = r.ChineseFor("noteEn", "note");
        r.Finish();
        return days is { } value && value > 0 && value <= MaxHoldOrderDays && !sources.IsEmpty
            ? new HoldOrder(value, given, sources, note, noteEn)
            : null;
    }

    private RecordItem? ReadRecordItem(Located at, Forces? forces)
    {
        var probe = new MapReader(at, new Diagnostics(), "record item");
        var what = probe.String("id") is { } named ? $"record item '{Quote.Text(named)}'" : "record item";
        var r = new MapReader(at, diagnostics, what);
        var id = r.String("id");
        var kind = r.Enum<RecordKind>("kind");
        var sources = ReadSourceKeys(r);
        // Unlike the other notes, a record item's plain `note` is the Chinese one and `noteEn` the English.
        var noteEn = r.String("noteEn");
        var note = r.ChineseFor("noteEn", "note");
        // The payload is read whenever the kind is known, so its problems are reported even when the id is missing.
        var item = kind switch
        {
            null => null,
            RecordKind.SiegeEnd => (RecordItem?)ReadSiegeEnd(r, id ?? "", sources, note, noteEn),
            RecordKind.Duration => new DurationItem(id ?? "", sources, note, noteEn, ReadRecordFigures(r)),
            RecordKind.Offensive => ReadOffensive(r, id ?? "", sources, note, noteEn),
            RecordKind.PositionLost => ReadPositionLost(r, id ?? "", sources, note, noteEn),
            RecordKind.PositionHeld => ReadPositionHeld(r, id ?? "", sources, note, noteEn),
            RecordKind.PositionLostBy => ReadPositionLostBy(r, id ?? "", sources, note, noteEn),
            RecordKind.PositionsHeld => ReadPositionsHeld(r, id ?? "", sources, note, noteEn),
            RecordKind.PositionsLost => ReadPositionsLost(r, id ?? "", sources, note, noteEn),
            RecordKind.AssaultBegan => ReadAssaultBegan(r, id ?? "", sources, note, noteEn),
            RecordKind.SiegeEndReason => ReadSiegeEndReason(r, id ?? "", sources, note, noteEn),
            RecordKind.Casualties => ReadCasualties(r, id ?? "", sources, note, noteEn, forces),
            _ => throw new ProgrammingError($"record kind {kind} has no reader"),
        };
        r.Finish();
        return id is null ? null : item;
    }

    private SiegeEndItem? ReadSiegeEnd(MapReader r, string id, ImmutableArray<string> sources, string? note, string? noteEn)
    {
        var date = r.Time("date");
        var tolerance = r.Integer("toleranceDays") ?? 0;
        return date is null ? null : new SiegeEndItem(id, sources, note, noteEn, date.Value, tolerance);
    }

    private OffensiveItem? ReadOffensive(MapReader r, string id, ImmutableArray<string> sources, string? note, string? noteEn)
    {
        var ordinal = r.Integer("ordinal");
        var start = r.Time("start");
        var end = r.Time("end");
        var tolerance = r.Integer("toleranceDays") ?? 0;
        if (start > end) diagnostics.Add(r.Place("end")!.Value, $"{r.What}.end: comes before 'start'");
        return ordinal is null || start is null || end is null ? null : new OffensiveItem(id, sources, note, noteEn, ordinal.Value, start.Value, end.Value, tolerance);
    }

    private PositionLostItem? ReadPositionLost(MapReader r, string id, ImmutableArray<string> sources, string? note, string? noteEn)
    {
        var position = r.String("position");
        CheckPosition(r, "position", position);
        var (from, to) = ReadWindow(r);
        return position is null || from is null || to is null ? null : new PositionLostItem(id, sources, note, noteEn, position, from.Value, to.Value);
    }

    /// <summary>The <c>from</c> and <c>to</c> days of a window; <c>to</c> must not come before <c>from</c>.</summary>
    private (DateTime? From, DateTime? To) ReadWindow(MapReader r)
    {
        var from = r.Time("from");
        var to = r.Time("to");
        if (from > to) diagnostics.Add(r.Place("to")!.Value, $"{r.What}.to: comes before 'from'");
        return (from, to);
    }

    private PositionHeldItem? ReadPositionHeld(MapReader r, string id, ImmutableArray<string> sources, string? note, string? noteEn)
    {
        var position = r.String("position");
        CheckPosition(r, "position", position);
        var date = r.Time("date");
        return position is null || date is null ? null : new PositionHeldItem(id, sources, note, noteEn, position, date.Value);
    }

    private PositionLostByItem? ReadPositionLostBy(MapReader r, string id, ImmutableArray<string> sources, string? note, string? noteEn)
    {
        var position = r.String("position");
        CheckPosition(r, "position", position);
        var date = r.Time("date");
        return position is null || date is null ? null : new PositionLostByItem(id, sources, note, noteEn, position, date.Value);
    }

    private PositionsHeldItem? ReadPositionsHeld(MapReader r, string id, ImmutableArray<string> sources, string? note, string? noteEn)
    {
        var set = ReadTargets(r);
        var through = r.Time("through");
        return through is null ? null : new PositionsHeldItem(id, sources, note, noteEn, set, through.Value);
    }

    private PositionsLostItem? ReadPositionsLost(MapReader r, string id, ImmutableArray<string> sources, string? note, string? noteEn)
    {
        var set = ReadTargets(r);
        var (from, to) = ReadWindow(r);
        return from is null || to is null ? null : new PositionsLostItem(id, sources, note, noteEn, set, from.Value, to.Value);
    }

    private AssaultBeganItem? ReadAssaultBegan(MapReader r, string id, ImmutableArray<string> sources, string? note, string? noteEn)
    {
        var position = r.String("position");
        CheckPosition(r, "position", position);
        var (from, to) = ReadWindow(r);
        return position is null || from is null || to is null ? null : new AssaultBeganItem(id, sources, note, noteEn, position, from.Value, to.Value);
    }

    private SiegeEndReasonItem? ReadSiegeEndReason(MapReader r, string id, ImmutableArray<string> sources, string? note, string? noteEn)
    {
        var reasons = ReadChoices<SiegeEndReason>(r, "reasons");
        if (reasons.IsEmpty && r.Place("reasons") is { } empty) diagnostics.Add(empty, $"{r.What}.reasons: name at least one reason");
        return reasons.IsEmpty ? null : new SiegeEndReasonItem(id, sources, note, noteEn, reasons);
    }

    private CasualtiesItem? ReadCasualties(MapReader r, string id, ImmutableArray<string> sources, string? note, string? noteEn, Forces? forces)
    {
        var side = r.Enum<Side>("side");
        var scope = r.Map("scope") is { } s ? ReadScope(s, side, forces) : null;
        var figures = ReadRecordFigures(r);
        var tolerance = r.Number("tolerance") ?? 0.2;
        if (tolerance is < 0 or > 1) diagnostics.Add(r.Place("tolerance")!.Value, $"{r.What}.tolerance: a fraction between 0 and 1");
        return side is null || scope is null ? null : new CasualtiesItem(id, sources, note, noteEn, side.Value, scope, figures, tolerance);
    }

    private ImmutableArray<RecordFigure> ReadRecordFigures(MapReader r)
    {
        var list = ImmutableArray.CreateBuilder<RecordFigure>();
        foreach (var at in r.Sequence("figures"))
        {
            var f = new MapReader(at, diagnostics, $"{r.What}.figures");
            var value = f.Number("value");
            var source = ReadSourceKeys(f);
            var note = f.String("note");
            var noteZh = f.ChineseFor("note", "noteZh");
            f.Finish();
            if (value < 0) diagnostics.Add(f.Place("value")!.Value, $"{f.What}.value: must not be negative");
            if (source.IsEmpty) diagnostics.Add(at, $"{f.What}: every figure of the record needs its source");
            if (value is not null && !source.IsEmpty) list.Add(new RecordFigure(value.Value, source[0], note, noteZh));
        }
        return list.ToImmutable();
    }
}
