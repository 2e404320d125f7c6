using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Scenarios.Schema;
using Siege.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Loading;

/// <summary>
/// When a unit joins the battle: a local time; never, for a unit the order of battle lists but that never reached
/// it; or <c>{at, earliest, latest, outcomeAt, source, note, noteZh}</c>, the hour with the range it may lie in.
/// </summary>
internal sealed partial class ScenarioReader
{
    private const string Guess = "GUESS";

    /// <summary>
    /// The unit's <c>arrives</c>: the hour it joins (the start when it is not written), whether it never does, and
    /// the range of its hour. A unit that never arrives is given an hour past the horizon, so that no run reaches it.
    /// </summary>
    private (int Hour, bool Never, ArrivalWindow? Range) ReadArrival(MapReader r)
    {
        if (r.Node("arrives") is not { } at) return (0, false, null);
        if (at.Node is YamlScalarNode { Value: Shape.Never }) return (_horizonHours + 1, true, null);
        if (at.Node is not YamlMappingNode) return (HourAt(r, at, "arrives") ?? 0, false, null);

        var a = new MapReader(at, diagnostics, $"{r.What}.arrives");
        var hour = HourOf(a, "at");
        var earliest = HourOf(a, "earliest");
        var latest = HourOf(a, "latest");
        var outcome = HourOf(a, "outcomeAt");
        var sources = ReadSourceKeys(a);
        a.String("note");
        a.ChineseFor("note", "noteZh");
        a.Finish();
        return (hour ?? 0, false, CheckRange(a, hour, earliest, latest, outcome, sources));
    }

    /// <summary>
    /// The range of an arrival's hour: both ends or neither, the hour inside it; required where the hour is a GUESS
    /// or was inferred from an outcome, and then ending before that outcome.
    /// </summary>
    private ArrivalWindow? CheckRange(MapReader a, int? hour, int? earliest, int? latest, int? outcome, ImmutableArray<string> sources)
    {
        if (earliest is null != latest is null)
        {
            var given = earliest is null ? "latest" : "earliest";
            diagnostics.Add(a.Place(given)!.Value, $"{a.What}.{given}: give earliest and latest together");
            return null;
        }
        if (earliest is not { } low || latest is not { } high)
        {
            if (outcome is not null)
                diagnostics.Add(a.Place("outcomeAt")!.Value, $"{a.What}: an arrival inferred from an outcome needs its range (earliest, latest), ending before the outcome");
            else if (sources.Contains(Guess) && hour is not null)
                diagnostics.Add(a.Place("at")!.Value, $"{a.What}: a GUESSed arrival needs its range (earliest, latest)");
            return null;
        }
        if (high <= low)
        {
            diagnostics.Add(a.Place("latest")!.Value, $"{a.What}.latest: must come after 'earliest'");
            return null;
        }
        if (hour is { } h && (h < low || h > high))
            diagnostics.Add(a.Place("at")!.Value, $"{a.What}.at: lies outside its range, earliest to latest");
        // A warning, not an error: a what-if may move an arrival past the outcome on purpose; the scenario itself may not.
        if (outcome is { } o && high >= o)
            diagnostics.Warn(a.Place("latest")!.Value, $"{a.What}.latest: comes at or after 'outcomeAt', the outcome the hour was inferred from; the range must end before it");
        return new ArrivalWindow(low, high);
    }

    /// <summary>The hour of a local time written at <paramref name="at"/>, the value of <paramref name="key"/>.</summary>
    private int? HourAt(MapReader r, Located at, string key) =>
        r.ParseTime(at, $"{r.What}.{key}") is { } time ? HourSinceStart(time, at, $"{r.What}.{key}") : null;

    /// <summary>A unit that never arrives brings nothing to the battle: no men, guns, staging area, landing span or deployment.</summary>
    private void CheckNeverArrives(MapReader r, string what, ImmutableArray<ForceUnit> units)
    {
        if (!units.IsEmpty)
            diagnostics.Add(r.Place("arrives")!.Value, $"{what}.arrives: 'never' is for a unit without sub-units; give it to each sub-unit that never arrived");
        foreach (var key in new[] { "strength", "guns", "arrivesAt", "arrivesUntil", "deployment" })
            if (r.Has(key)) diagnostics.Add(r.Place(key)!.Value, $"{what}.{key}: a unit that never arrives has no '{key}'");
    }
}
