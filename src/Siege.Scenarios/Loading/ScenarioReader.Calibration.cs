using System.Collections.Immutable;
using Siege.Scenarios.Record;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Loading;

// The optional `calibration` mapping (in record.yaml of the shipped scenarios): which record items `siege calibrate`
// fits by default.
internal sealed partial class ScenarioReader
{
    /// <summary>
    /// <c>calibration: {observe: [record item ids]}</c>: each id must name an item of the record of a kind a run
    /// measures (a duration, casualties or an offensive); the rest of the record is left to check the fit.
    /// </summary>
    // The run measures of Siege.Calibration cover the opening of the first three offensives.
    private const int MeasuredOffensives = 3;

    private ImmutableArray<string> ReadCalibration(MapReader? r, HistoricalRecord record)
    {
        if (r is null) return [];
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
            else if (item is OffensiveItem { Ordinal: > MeasuredOffensives })
                diagnostics.Add(at, $"{r.What}.observe: '{Quote.Text(id)}' is offensive {((OffensiveItem)item).Ordinal}; a run measures the opening of the first {MeasuredOffensives} only");
            else if (ids.Contains(id))
                diagnostics.Add(at, $"{r.What}.observe: '{Quote.Text(id)}' is named twice");
            else ids.Add(id);
        }
        r.Finish();
        return ids.ToImmutable();
    }
}
