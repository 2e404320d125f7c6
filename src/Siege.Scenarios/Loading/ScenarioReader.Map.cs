using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Loading;

internal sealed partial class ScenarioReader
{
    private SiegeMap? ReadMap(MapReader? r)
    {
        if (r is null) return null;
        GeoOrigin? origin = null;
        if (r.Map("origin") is { } o)
        {
            var lat = o.Number("lat");
            var lon = o.Number("lon");
            ReadSourceKeys(o);
            ReadNote(o);
            o.Finish();
            if (lat is not null && lon is not null) origin = new GeoOrigin(lat.Value, lon.Value);
        }
        var rivers = r.Sequence("rivers").Select(ReadRiver).OfType<River>().ToImmutableArray();
        var positions = r.Sequence("positions").Select(ReadPosition).OfType<Position>().ToImmutableArray();
        var approaches = r.Sequence("approaches").Select(ReadApproach).OfType<Approach>().ToImmutableArray();
        r.Finish();
        CheckConnected(positions, approaches);
        return new SiegeMap(origin, positions, approaches, rivers);
    }

    private Position? ReadPosition(Located at)
    {
        var r = new MapReader(at, diagnostics, "position");
        var id = r.String("id");
        var what = id is null ? "position" : $"position '{Quote.Text(id)}'";
        r = new MapReader(at, diagnostics, what);
        // Read again under its name for the messages below; a missing id was reported already.
        r.String("id", required: false);
        var duplicate = id is not null && !_positionIds.TryAdd(id, at);
        var name = r.String("name");
        var nameEn = r.String("nameEn");
        var x = r.Number("x");
        var y = r.Number("y");
        var approximate = r.Boolean("approximate") ?? true;
        var tier = r.Enum<Tier>("tier");
        var heldBy = r.Enum<Side>("heldBy") ?? (tier == Tier.Staging ? Side.Attacker : Side.Defender);
        var fortification = r.Enum<Fortification>("fortification") ?? Fortification.None;
        var terrain = r.Enum<Terrain>("terrain") ?? Terrain.Open;
        var key = r.Boolean("key") ?? false;
        var holdToLast = r.Boolean("holdToLast") ?? false;
        var role = r.String("role");
        var roleZh = r.ChineseFor("role", "roleZh");
        var sources = new PositionSources(ReadSourceKeys(r), ReadSourceKeys(r, "positionSource"));
        ReadNote(r);
        r.Finish();
        if (id is null || name is null || nameEn is null || x is null || y is null || tier is null) return null;
        _positionSources.TryAdd(id, sources);
        CheckId(r.Place("id")!.Value, id, what);
        var position = new Position(id, name, nameEn, x.Value, y.Value, tier.Value, heldBy, fortification, terrain, key, holdToLast, approximate, role, roleZh);
        if (duplicate) diagnostics.Add(r.Place("id")!.Value, $"position: duplicate id '{Quote.Text(id)}'");
        else _positions.Add(id, position);
        return position;
    }

    private Approach? ReadApproach(Located at)
    {
        var r = new MapReader(at, diagnostics, "approach");
        var from = r.String("from");
        var to = r.String("to");
        var crossing = r.String("crossing");
        ReadNote(r);
        ReadSourceKeys(r);
        r.Finish();
        CheckPosition(r, "from", from);
        CheckPosition(r, "to", to);
        if (crossing is not null && !_crossingIds.Contains(crossing))
            diagnostics.Add(r.Place("crossing")!.Value, $"approach.crossing: unknown crossing '{Quote.Text(crossing)}'");
        if (from is not null && from == to) diagnostics.Add(at, $"approach: '{Quote.Text(from)}' leads to itself");
        return from is null || to is null ? null : new Approach(from, to, crossing);
    }

    private River? ReadRiver(Located at)
    {
        var r = new MapReader(at, diagnostics, "river");
        var id = r.String("id");
        var name = r.String("name");
        var nameEn = r.String("nameEn");
        var course = r.Sequence("course").Select(p => ReadPoint(p, "river.course")).OfType<MapPoint>().ToImmutableArray();
        var crossings = r.Sequence("crossings").Select(ReadCrossing).OfType<Crossing>().ToImmutableArray();
        ReadSourceKeys(r);
        ReadNote(r);
        r.Finish();
        if (course.Length < 2 && r.Has("course")) diagnostics.Add(r.Place("course")!.Value, "river.course: needs at least two points");
        return id is null || name is null || nameEn is null ? null : new River(id, name, nameEn, course, crossings);
    }

    private Crossing? ReadCrossing(Located at)
    {
        var r = new MapReader(at, diagnostics, "crossing");
        var id = r.String("id");
        var name = r.String("name");
        var nameEn = r.String("nameEn");
        var kind = r.Enum<CrossingKind>("kind");
        var point = r.Node("at") is { } p ? ReadPoint(p, "crossing.at") : null;
        var blown = r.Boolean("blownByDefender") ?? false;
        ReadSourceKeys(r);
        ReadNote(r);
        r.Finish();
        if (id is null || name is null || nameEn is null || kind is null || point is null) return null;
        if (!_crossingIds.Add(id)) diagnostics.Add(r.Place("id")!.Value, $"crossing: duplicate id '{Quote.Text(id)}'");
        return new Crossing(id, name, nameEn, kind.Value, point.Value.X, point.Value.Y) { BlownByDefender = blown };
    }

    private MapPoint? ReadPoint(Located at, string what)
    {
        if (at.Node is YamlSequenceNode { Children.Count: 2 } pair)
        {
            var x = Scalars.Number(new Located(at.File, pair.Children[0]), what, new Diagnostics());
            var y = Scalars.Number(new Located(at.File, pair.Children[1]), what, new Diagnostics());
            if (x is not null && y is not null) return new MapPoint(x.Value, y.Value);
        }
        diagnostics.Add(at, $"{what}: expected a point [x, y] in km");
        return null;
    }

    /// <summary>Every position must be reachable from every other: a cut-off position could never be fought over.</summary>
    private void CheckConnected(ImmutableArray<Position> positions, ImmutableArray<Approach> approaches)
    {
        if (positions.Length == 0 || diagnostics.HasErrors) return;
        var links = positions.ToDictionary(p => p.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var a in approaches)
        {
            links[a.From].Add(a.To);
            links[a.To].Add(a.From);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { positions[0].Id };
        var queue = new Queue<string>([positions[0].Id]);
        while (queue.Count > 0)
            foreach (var next in links[queue.Dequeue()])
                if (seen.Add(next)) queue.Enqueue(next);
        foreach (var p in positions.Where(p => !seen.Contains(p.Id)))
            diagnostics.Add(_positionIds[p.Id], $"map: position '{Quote.Text(p.Id)}' cannot be reached from '{Quote.Text(positions[0].Id)}' by any approach");
    }
}
