using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Scenarios.Record;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Loading;

// The scope of a casualty item of the record: {formations, from, to, categories, capturedIncludesWounded, unknown}.
internal sealed partial class ScenarioReader
{
    private CasualtyScope? ReadScope(MapReader r, Side? side, Forces? forces)
    {
        var unknown = ReadChoices<ScopeDimension>(r, "unknown");
        bool Open(ScopeDimension d) => unknown.Contains(d);

        var formations = ImmutableArray.CreateBuilder<string>();
        foreach (var (value, at) in r.Strings("formations", required: !Open(ScopeDimension.Formations)))
            if (CheckFormation(r, at, value, side, forces)) formations.Add(value);
        var from = r.Time("from");
        var to = r.Time("to");
        if (from > to) diagnostics.Add(r.Place("to")!.Value, $"{r.What}.to: comes before 'from'");
        var categories = ReadChoices<CasualtyKind>(r, "categories", required: !Open(ScopeDimension.Categories));
        var turns = categories.Contains(CasualtyKind.Wounded) != categories.Contains(CasualtyKind.Captured);
        // A prisoner count must say whether it holds the wounded prisoners; a wound count without it holds every wounded man.
        var capturedAlone = categories.Contains(CasualtyKind.Captured) && !categories.Contains(CasualtyKind.Wounded);
        var booked = r.Boolean("capturedIncludesWounded", required: capturedAlone && !Open(ScopeDimension.CapturedIncludesWounded));
        if (booked is not null && !turns)
            diagnostics.Add(r.Place("capturedIncludesWounded")!.Value,
                $"{r.What}.capturedIncludesWounded: only for a figure that counts exactly one of wounded and captured");

        // A part of the scope is either stated or left open, never both.
        foreach (var (key, dimension) in new[] { ("formations", ScopeDimension.Formations), ("from", ScopeDimension.Dates), ("to", ScopeDimension.Dates),
                     ("categories", ScopeDimension.Categories), ("capturedIncludesWounded", ScopeDimension.CapturedIncludesWounded) })
            if (Open(dimension) && r.Place(key) is { } given)
                diagnostics.Add(given, $"{r.What}.{key}: given, but '{EnumNames.ToYaml(dimension)}' is listed as unknown");
        if (Open(ScopeDimension.CapturedIncludesWounded) && !turns && !Open(ScopeDimension.Categories))
            diagnostics.Add(r.Place("unknown")!.Value, $"{r.What}.unknown: capturedIncludesWounded matters only for a figure that counts exactly one of wounded and captured");
        r.Finish();
        return new CasualtyScope(formations.ToImmutable(), from, to, categories, booked, unknown);
    }

    /// <summary>A formation of a scope: a unit of the item's side. A unit whose own entry has errors is not reported again.</summary>
    private bool CheckFormation(MapReader r, Located at, string id, Side? side, Forces? forces)
    {
        if (forces is null || side is null) return true;
        var own = side == Side.Defender ? forces.Defender : forces.Attacker;
        var other = side == Side.Defender ? forces.Attacker : forces.Defender;
        if (own.SelfAndDescendants().Any(u => u.Id == id)) return true;
        if (other.SelfAndDescendants().Any(u => u.Id == id))
            diagnostics.Add(at, $"{r.What}.formations: '{Quote.Text(id)}' is a unit of the {EnumNames.ToYaml(side == Side.Defender ? Side.Attacker : Side.Defender)}, not of the {EnumNames.ToYaml(side.Value)}");
        else if (!_unitIds.Contains(id))
        {
            var near = NearestKey.Of(id, own.SelfAndDescendants().Select(u => u.Id));
            diagnostics.Add(at, $"{r.What}.formations: unknown unit '{Quote.Text(id)}'" + (near is null ? "" : $" (did you mean '{near}'?)"));
        }
        return false;
    }

    /// <summary>A list of names of <typeparamref name="T"/>, each once; a wrong name is reported with the nearest right one.</summary>
    private ImmutableArray<T> ReadChoices<T>(MapReader r, string key, bool? required = null) where T : struct, Enum
    {
        var names = EnumNames.All<T>();
        var chosen = ImmutableArray.CreateBuilder<T>();
        foreach (var (value, at) in r.Strings(key, required))
        {
            var index = names.ToList().IndexOf(value);
            if (index < 0)
            {
                var near = NearestKey.Of(value, names);
                diagnostics.Add(at, $"{r.What}.{key}: '{Quote.Text(value)}' is not one of {string.Join(", ", names)}" + (near is null ? "" : $" (did you mean '{near}'?)"));
            }
            else if (chosen.Contains(Enum.GetValues<T>()[index])) diagnostics.Add(at, $"{r.What}.{key}: '{value}' is named twice");
            else chosen.Add(Enum.GetValues<T>()[index]);
        }
        return chosen.ToImmutable();
    }
}
