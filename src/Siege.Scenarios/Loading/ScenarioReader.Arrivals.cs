using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Scenarios.Schema;
using Siege.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Loading;

/// <summary>When a unit joins the battle: a local time, or never for a unit that the order of battle lists but that never reached it.</summary>
internal sealed partial class ScenarioReader
{
    /// <summary>
    /// The unit's <c>arrives</c>: the hour it joins (the start when it is not written), and whether it never does.
    /// A unit that never arrives is given an hour past the horizon, so that no run reaches it.
    /// </summary>
    private (int Hour, bool Never) ReadArrival(MapReader r)
    {
        if (r.Node("arrives") is not { } at) return (0, false);
        if (at.Node is YamlScalarNode { Value: Shape.Never }) return (_horizonHours + 1, true);
        return (HourAt(r, at, "arrives") ?? 0, false);
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
