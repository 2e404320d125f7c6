using System.Collections.Immutable;
using System.Globalization;
using Siege.Engine.Domain;
using Siege.Scenarios.Record;
using Siege.Scenarios.Schema.Definitions;
using Siege.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Loading;

/// <summary>
/// Reads the merged sections of a scenario into domain types. Split by section into partial files; every check that
/// fails adds a diagnostic and reading goes on, so one pass reports every problem.
/// </summary>
internal sealed partial class ScenarioReader(Diagnostics diagnostics)
{
    public const int SchemaVersion = 1;

    // Bounds that keep every count inside 32-bit arithmetic and a run inside seconds; no siege comes near them.
    private const int MaxHorizonDays = 3650;
    private const double MaxMen = 10_000_000;
    // The engine adds guns up in 32 bits and stocks in 64 (a stock arriving every hour of the longest horizon included).
    private const double MaxGuns = 100_000;
    private const double MaxStock = 1e12;

    private readonly HashSet<string> _sourceIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Position> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PositionSources> _positionSources = new(StringComparer.Ordinal);
    // Ids of every position written, even one with other errors, so one mistake is not reported again at each reference.
    private readonly Dictionary<string, Located> _positionIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _crossingIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _defenderSupplyIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _attackerSupplyIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unitIds = new(StringComparer.Ordinal);
    private DateTime _start;
    private int _horizonHours;
    private IReadOnlyList<Located> _parts = [];

    public LoadedScenario? Read(IReadOnlyList<Located> parts, string contentHash, string location)
    {
        _parts = parts;
        var top = new MapReader(parts, diagnostics, "scenario", ScenarioDefinition.Scenario);
        var version = top.Integer("schemaVersion");
        if (version is { } v && v != SchemaVersion)
            diagnostics.Add(top.Place("schemaVersion")!.Value, $"scenario.schemaVersion: this version of Siege reads schema version {SchemaVersion}, not {v}");
        top.Node("include");

        var id = top.String("id");
        if (id is not null) CheckId(top.Place("id")!.Value, id, "scenario.id");
        var name = top.String("name");
        var nameEn = top.String("nameEn");
        var summary = top.String("summary") ?? "";
        var summaryEn = top.String("summaryEn") ?? "";
        _start = top.Time("start") ?? default;
        var horizonDays = top.Integer("horizonDays") ?? 0;
        if (top.Place("horizonDays") is { } h && horizonDays is <= 0 or > MaxHorizonDays)
            diagnostics.Add(h, $"scenario.horizonDays: must be between 1 and {MaxHorizonDays}");
        _horizonHours = horizonDays * 24;
        var sources = ReadSources(top.Sequence("sources"));
        var daylight = ReadDaylight(top.Map("daylight"));
        var map = ReadMap(top.Map("map"));
        var supplies = ReadSupplies(top.Map("supplies"));
        var forces = ReadForces(top.Map("forces"));
        var events = ReadEvents(top.Sequence("events"));
        var (attackerDoctrine, defenderDoctrine) = ReadDoctrine(top.Map("doctrine"));
        var combat = ReadParameters<CombatParameters>(top.Map("combat"));
        var record = ReadRecord(top.Sequence("record"), top.Map("holdOrder"), forces);
        var cdb90 = ReadCdb90Ids(top);
        // What the hosts read and the engine does not: the sides' names, the calibration's record items and CDB90 classes.
        var sides = ReadSides(top.Map("sides"));
        var calibration = ReadCalibration(top.Map("calibration"), top, record, forces);
        top.Finish();

        if (diagnostics.HasErrors || forces is null || map is null || attackerDoctrine is null || defenderDoctrine is null || combat is null)
            return null;

        var scenario = new Scenario(id!, name!, nameEn!, _start, _horizonHours, daylight, forces, map, supplies, events, attackerDoctrine, defenderDoctrine, combat) { Sides = sides };
        return new LoadedScenario(scenario, record, sources, summary, summaryEn, contentHash, location, cdb90,
            _positionSources.ToImmutableDictionary(StringComparer.Ordinal))
        {
            CalibrationItems = calibration.Observe,
            PriorClass = calibration.Prior,
            JointCalibration = calibration.Joint,
        };
    }

    /// <summary>The optional <c>cdb90</c> list: ISQNOs (1–660) of CDB90 battles covering the same fighting.</summary>
    private ImmutableArray<int> ReadCdb90Ids(MapReader top)
    {
        var ids = ImmutableArray.CreateBuilder<int>();
        foreach (var at in top.Sequence("cdb90"))
        {
            if (top.ParseNumber(at, "scenario.cdb90") is not { } n) continue;
            if (n != Math.Floor(n) || n is < 1 or > 660) diagnostics.Add(at, $"scenario.cdb90: {MapReader.Text(at)} is not a CDB90 battle number (1-660)");
            else ids.Add((int)n);
        }
        return ids.ToImmutable();
    }

    private Daylight ReadDaylight(MapReader? r)
    {
        if (r is null) return new Daylight(6 * 60, 18 * 60);
        var sunrise = ReadClock(r, "sunrise") ?? 6 * 60;
        var sunset = ReadClock(r, "sunset") ?? 18 * 60;
        ReadSourceKeys(r);
        ReadNote(r);
        if (sunrise >= sunset) diagnostics.Add(r.At, "daylight: sunrise must come before sunset");
        r.Finish();
        return new Daylight(sunrise, sunset);
    }

    private int? ReadClock(MapReader r, string key)
    {
        if (r.String(key) is not { } text) return null;
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time.Hour * 60 + time.Minute;
        diagnostics.Add(r.Place(key)!.Value, $"{r.What}.{key}: expected a clock time like 05:40, got '{Quote.Text(text)}'");
        return null;
    }

    private ImmutableArray<SourceReference> ReadSources(IReadOnlyList<Located> items)
    {
        var list = ImmutableArray.CreateBuilder<SourceReference>();
        foreach (var item in items)
        {
            var r = new MapReader(item, diagnostics, "source");
            var id = r.String("id");
            var title = r.String("title");
            var what = id is null ? "source" : $"source '{Quote.Text(id)}'";
            var url = r.String("url");
            var source = new SourceReference(id ?? "", title ?? "", r.String("author"), r.String("year"), url, r.String("licence"), r.String("note"),
                r.ChineseFor("note", "noteZh", id is null ? null : what),
                ReadRevision(r, what), ReadAccessed(r, what), ReadSha256(r, what));
            CheckWikipediaReading(r, url, what);
            r.Finish();
            if (id is null) continue;
            if (!_sourceIds.Add(id)) diagnostics.Add(r.Place("id")!.Value, $"source: duplicate id '{Quote.Text(id)}'");
            list.Add(source);
        }
        return list.ToImmutable();
    }

    /// <summary>
    /// The <c>source</c> field: one key or a list of keys of the sources list. Where a source is required (a parameter,
    /// a figure of the record), its reader says so in its own words.
    /// </summary>
    private ImmutableArray<string> ReadSourceKeys(MapReader r, string key = "source")
    {
        var keys = ImmutableArray.CreateBuilder<string>();
        foreach (var (value, at) in r.Strings(key, required: false))
        {
            if (!_sourceIds.Contains(value)) diagnostics.Add(at, $"{r.What}.{key}: unknown source '{Quote.Text(value)}' (not in the sources list)");
            keys.Add(value);
        }
        return keys.ToImmutable();
    }

    /// <summary>A figure: a plain number, or <c>{value, min, max, source, note, noteZh}</c>.</summary>
    private Figure? ReadFigure(MapReader r, string key, bool? required = null)
    {
        if (r.Node(key, required) is not { } at) return null;
        var what = $"{r.What}.{key}";
        if (at.Node is YamlScalarNode)
            return r.ParseNumber(at, what) is { } plain ? new Figure(plain, Sources: []) : null;

        var f = new MapReader(at, diagnostics, what);
        var value = f.Number("value");
        var min = f.Number("min");
        var max = f.Number("max");
        var sources = ReadSourceKeys(f);
        var note = f.String("note");
        var noteZh = f.ChineseFor("note", "noteZh");
        f.Finish();
        if (value is null) return null;
        if (min > value || max < value) diagnostics.Add(at, $"{what}: value {Format(value.Value)} lies outside its range [{Format(min ?? value.Value)}, {Format(max ?? value.Value)}]");
        return new Figure(value.Value, min, max, sources, note, noteZh);
    }

    /// <summary>
    /// The free <c>note</c> of an entry, in English, and its Chinese companion <c>noteZh</c>: for readers of the
    /// files only (the engine never reads them); a note without its Chinese is a warning. Returns the English note.
    /// </summary>
    private static string? ReadNote(MapReader r)
    {
        var note = r.String("note");
        r.ChineseFor("note", "noteZh");
        return note;
    }

    private Figure? ReadNonNegative(MapReader r, string key, bool? required = null)
    {
        var figure = ReadFigure(r, key, required);
        if (figure is { } f && f.Low < 0) diagnostics.Add(r.Place(key)!.Value, $"{r.What}.{key}: must not be negative, got {Format(f.Low)}");
        return figure;
    }

    /// <summary>
    /// A count of men, guns or rounds: not negative, and at most <paramref name="max"/>, past which the engine's
    /// arithmetic would overflow (<paramref name="unit"/> names what is counted in the message).
    /// </summary>
    private Figure? ReadCount(MapReader r, string key, double max, string unit, bool? required = null)
    {
        var figure = ReadNonNegative(r, key, required);
        if (figure is { } f && f.High > max)
            diagnostics.Add(r.Place(key)!.Value, $"{r.What}.{key}: {Quote.Number(f.High, "0")} {unit} is more than any siege had (at most {Quote.Number(max, "0")})");
        return figure;
    }

    private int? HourOf(MapReader r, string key, bool? required = null) =>
        r.Time(key, required) is { } time ? HourSinceStart(time, r.Place(key)!.Value, $"{r.What}.{key}") : null;

    /// <summary>Whole hours from the start to <paramref name="time"/>, which may not come before the start.</summary>
    private int HourSinceStart(DateTime time, Located at, string what)
    {
        var hours = (int)Math.Floor((time - _start).TotalHours);
        if (hours < 0) diagnostics.Add(at, $"{what}: {time:yyyy-MM-dd'T'HH:mm} is before the scenario's start");
        return Math.Max(0, hours);
    }

    private void CheckId(Located at, string id, string what)
    {
        if (id.Length == 0 || !id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            diagnostics.Add(at, $"{what}: '{Quote.Text(id)}' is not a valid id (lower-case letters, digits and '-')");
    }

    private void CheckPosition(MapReader r, string key, string? id)
    {
        if (id is not null && !_positionIds.ContainsKey(id)) diagnostics.Add(r.Place(key)!.Value, $"{r.What}.{key}: unknown position '{Quote.Text(id)}'");
    }

    private static string Format(double value) => Quote.Number(value);
}
