using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Scenarios.Record;
using Siege.Scenarios.Schema;
using Siege.Scenarios.Schema.Definitions;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Loading;

/// <summary>What the optional <c>calibration</c> mapping gives: the default record items and the battle's CDB90 classes.</summary>
internal sealed record CalibrationSection(ImmutableArray<string> Observe, Cdb90Class? Prior, JointCalibration? Joint = null)
{
    public static readonly CalibrationSection None = new([], null);
}

// The optional `calibration` mapping (in record.yaml of the shipped scenarios): which record items `siege calibrate`
// fits by default, and the classes of the battle that the CDB90 prior is built for.
internal sealed partial class ScenarioReader
{
    // The run measures of Siege.Calibration cover the opening of the first three offensives.
    private const int MeasuredOffensives = 3;

    private CalibrationSection ReadCalibration(MapReader? r, MapReader top, HistoricalRecord record, Forces? forces)
    {
        if (r is null) return CalibrationSection.None;
        var observe = ReadObserved(r, record, forces);
        var prior = ReadPriorClass(r.Map("prior"));
        var joint = ReadJoint(r.Map("joint"), top, record);
        r.Finish();
        return new CalibrationSection(observe, prior, joint);
    }

    /// <summary>
    /// <c>joint: {parameters, leaveOut}</c>: each parameter the path of one figure with a range, named once; each item
    /// left out the id of a record item.
    /// </summary>
    private JointCalibration? ReadJoint(MapReader? r, MapReader top, HistoricalRecord record)
    {
        if (r is null) return null;
        var parameters = ImmutableArray.CreateBuilder<string>();
        var list = r.Strings("parameters");
        if (list.Count == 0 && r.Place("parameters") is { } empty) diagnostics.Add(empty, $"{r.What}.parameters: name at least one figure");
        foreach (var (path, at) in list)
        {
            // A required section that is missing is reported once, where it should be, not again at each path into it.
            var section = path.Split('.', '[')[0];
            if (ScenarioDefinition.Scenario.Find(section, null) is { Need: Need.Required } && top.Place(section) is null) continue;
            if (Sensitivity.RangedFigures.Problem(_parts, path) is { } problem)
                diagnostics.Add(at, $"{r.What}.parameters: '{Quote.Text(path)}' {problem}");
            else if (parameters.Contains(path))
                diagnostics.Add(at, $"{r.What}.parameters: '{Quote.Text(path)}' is named twice");
            else parameters.Add(path);
        }
        var ids = record.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var leaveOut = ImmutableArray.CreateBuilder<string>();
        foreach (var (id, at) in r.Strings("leaveOut"))
        {
            if (!ids.Contains(id)) diagnostics.Add(at, $"{r.What}.leaveOut: '{Quote.Text(id)}' is not the id of a record item");
            else if (leaveOut.Contains(id)) diagnostics.Add(at, $"{r.What}.leaveOut: '{Quote.Text(id)}' is named twice");
            else leaveOut.Add(id);
        }
        r.String("note");
        r.ChineseFor("note", "noteZh");
        r.Finish();
        return new JointCalibration(parameters.ToImmutable(), leaveOut.ToImmutable());
    }

    /// <summary>
    /// <c>observe: [record item ids]</c>: each id must name an item of the record of a kind a run measures (a duration,
    /// casualties whose scope a run resolves, or an offensive); the rest of the record is left to check the fit.
    /// </summary>
    private ImmutableArray<string> ReadObserved(MapReader r, HistoricalRecord record, Forces? forces)
    {
        var items = record.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var ids = ImmutableArray.CreateBuilder<string>();
        var observe = r.Strings("observe");
        if (observe.Count == 0 && r.Place("observe") is { } empty) diagnostics.Add(empty, $"{r.What}.observe: name at least one record item");
        foreach (var (id, at) in observe)
        {
            if (!items.TryGetValue(id, out var item))
                diagnostics.Add(at, $"{r.What}.observe: '{Quote.Text(id)}' is not the id of a record item");
            else if (item is not (DurationItem or CasualtiesItem or OffensiveItem))
                diagnostics.Add(at, $"{r.What}.observe: '{Quote.Text(id)}' is not a duration, casualties or offensive item, which are what a run measures");
            else if (item is CasualtiesItem casualties && forces is not null && CasualtyScopes.Gap(forces, _start, casualties) is { } gap)
                diagnostics.Add(at, $"{r.What}.observe: '{Quote.Text(id)}' is not a figure a run resolves ({ScopeWords.Gap(gap)})");
            else if (item is OffensiveItem { Ordinal: > MeasuredOffensives })
                diagnostics.Add(at, $"{r.What}.observe: '{Quote.Text(id)}' is offensive {((OffensiveItem)item).Ordinal}; a run measures the opening of the first {MeasuredOffensives} only");
            else if (ids.Contains(id))
                diagnostics.Add(at, $"{r.What}.observe: '{Quote.Text(id)}' is named twice");
            else ids.Add(id);
        }
        return ids.ToImmutable();
    }

    /// <summary>
    /// <c>prior: {posture, terrain, source, note, noteZh}</c>: the battle in the CDB90 fit's classes. Classing a battle
    /// is a judgement, so a source is required (GUESS for the authors' own).
    /// </summary>
    private Cdb90Class? ReadPriorClass(MapReader? r)
    {
        if (r is null) return null;
        var posture = r.Enum<Cdb90Posture>("posture");
        var terrain = r.Enum<Cdb90Terrain>("terrain");
        var sources = ReadSourceKeys(r);
        if (sources.IsEmpty && r.Node("source", required: true) is { } none)
            diagnostics.Add(none, $"{r.What}.source: the classing needs its source (cdb90 for the battle's own rows, GUESS for a judgement)");
        var note = r.String("note");
        var noteZh = r.ChineseFor("note", "noteZh");
        r.Finish();
        return posture is { } p && terrain is { } t && !sources.IsEmpty ? new Cdb90Class(p, t, sources, note, noteZh) : null;
    }
}
