using System.Globalization;
using System.Text;
using Siege.Engine.Domain;
using Siege.Report.Html;
using Siege.Trace;

namespace Siege.Report.Map;

/// <summary>
/// The map as inline SVG, drawn from the scenario's coordinates: rivers from their courses, the core of the defence
/// as the outline around its positions (at Hengyang, the old city), the approaches between positions, the crossings, and one
/// symbol per position coloured by who holds it in <see cref="MapState"/>. Styling is left to the page's stylesheet
/// (classes), so the symbols carry only geometry and state.
/// </summary>
internal static class MapSvg
{
    /// <summary>Distances marked by rings: two inside the true-scale disc, its edge, and two in the compressed band.</summary>
    private static readonly double[] RingsKm = [1, MapProjection.TrueScaleKm, 5, 10];

    private const double Margin = 60;

    public static string Render(TraceMap map, MapState state, Func<TracePosition, bool> labelled, Bi caption, SideNames sides)
    {
        var points = map.Positions.Select(p => MapProjection.Project(p.X, p.Y)).ToArray();
        var (minX, maxX) = (points.Min(p => p.X) - Margin, points.Max(p => p.X) + Margin);
        var (minY, maxY) = (points.Min(p => p.Y) - Margin, points.Max(p => p.Y) + Margin);
        var frame = (minX, minY, maxX, maxY);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"{N(minX)} {N(minY)} {N(maxX - minX)} {N(maxY - minY)}\" role=\"img\">");
        svg.Append($"<title>{Markup.Escape(caption.Both)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"ground\" x=\"{N(minX)}\" y=\"{N(minY)}\" width=\"{N(maxX - minX)}\" height=\"{N(maxY - minY)}\"/>");
        var ringNames = Rings(svg);
        OldCity(svg, map, points);
        var riverNames = Rivers(svg, map, frame);
        Approaches(svg, map, points, state);
        Crossings(svg, map, state);
        Positions(svg, map, points, state, sides);
        Labels(svg, map, points, labelled, frame, [.. riverNames, .. ringNames]);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Draws the distance rings and their names; returns where the names are, for the position names to keep clear of.</summary>
    private static List<(double Left, double Top, double Right, double Bottom)> Rings(StringBuilder svg)
    {
        var names = new List<(double Left, double Top, double Right, double Bottom)>();
        foreach (var km in RingsKm)
        {
            var r = MapProjection.Radius(km) * MapProjection.UnitsPerKm;
            var name = new Bi($"{Km(km)}公里", $"{Km(km)} km");
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"ring\" cx=\"0\" cy=\"0\" r=\"{N(r)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"ring-label\" x=\"4\" y=\"{N(-r - 4)}\" font-size=\"{N(RingLabelSize)}\">");
            svg.Append(Tspans(name)).Append("</text>");
            names.Add((4, -r - 4 - RingLabelSize, 4 + MapLabels.Width(name.Zh.Length > name.En.Length ? name.Zh : name.En, RingLabelSize), -r));
        }
        return names;
    }

    /// <summary>The outline around the core positions, padded so that their symbols sit inside it.</summary>
    private static void OldCity(StringBuilder svg, TraceMap map, (double X, double Y)[] points)
    {
        var core = map.Positions.Select((p, i) => (p, i)).Where(t => t.p.Tier == "core").Select(t => points[t.i]).ToList();
        if (core.Count < 3) return;
        var hull = ConvexHull(core);
        var (cx, cy) = (hull.Average(p => p.X), hull.Average(p => p.Y));
        const double pad = 24;
        var padded = hull.Select(p =>
        {
            var d = Math.Max(1e-9, Math.Sqrt((p.X - cx) * (p.X - cx) + (p.Y - cy) * (p.Y - cy)));
            return (X: p.X + (p.X - cx) / d * pad, Y: p.Y + (p.Y - cy) / d * pad);
        }).ToList();
        svg.Append("<polygon class=\"old-city\" points=\"").AppendJoin(' ', padded.Select(p => $"{N(p.X)},{N(p.Y)}")).Append("\"><title>")
            .Append(Markup.Escape(new Bi("核心阵地", "core of the defence").Both)).Append("</title></polygon>");
    }

    /// <summary>Draws the rivers and their names; returns where the names are, for the position names to keep clear of.</summary>
    private static List<(double Left, double Top, double Right, double Bottom)> Rivers(StringBuilder svg, TraceMap map,
        (double Left, double Top, double Right, double Bottom) frame)
    {
        var names = new List<(double Left, double Top, double Right, double Bottom)>();
        foreach (var river in map.Rivers)
        {
            var course = MapProjection.Densify([.. river.Course.Select(c => (c[0], c[1]))]).Select(c => MapProjection.Project(c.X, c.Y)).ToList();
            svg.Append("<polyline class=\"river\" points=\"").AppendJoin(' ', course.Select(p => $"{N(p.X)},{N(p.Y)}")).Append("\"><title>")
                .Append(Markup.Escape(new Bi(river.Name, river.NameEn).Both)).Append("</title></polyline>");
            // The name goes at the point of the course farthest from the city that is on the map with room for the
            // name beside it, where the river is not crowded by positions; it runs away from the map's edge.
            var room = MapLabels.Width(river.NameEn, RiverLabelSize);
            var inside = course.Where(p => p.X - room >= frame.Left && p.X + room <= frame.Right && p.Y - RiverLabelSize >= frame.Top && p.Y + RiverLabelSize <= frame.Bottom).ToList();
            if (inside.Count == 0) continue;
            var at = inside.MaxBy(p => p.X * p.X + p.Y * p.Y);
            var x = at.X + (at.X > 0 ? -14 : 14);
            names.Add(at.X > 0 ? (x - room, at.Y - RiverLabelSize, x, at.Y + RiverLabelSize * 0.3) : (x, at.Y - RiverLabelSize, x + room, at.Y + RiverLabelSize * 0.3));
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"river-label\" x=\"{N(x)}\" y=\"{N(at.Y)}\" font-size=\"{N(RiverLabelSize)}\" text-anchor=\"{(at.X > 0 ? "end" : "start")}\">")
                .Append(Tspans(new Bi(river.Name, river.NameEn))).Append("</text>");
        }
        return names;
    }

    private static void Approaches(StringBuilder svg, TraceMap map, (double X, double Y)[] points, MapState state)
    {
        var index = map.Positions.Select((p, i) => (p.Id, i)).ToDictionary(t => t.Id, t => t.i, StringComparer.Ordinal);
        foreach (var a in map.Approaches)
        {
            var (from, to) = (points[index[a.From]], points[index[a.To]]);
            var kind = a.Crossing is null ? "approach" : state.DestroyedCrossings.Contains(a.Crossing) ? "approach closed" : "approach crossing";
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"{kind}\" x1=\"{N(from.X)}\" y1=\"{N(from.Y)}\" x2=\"{N(to.X)}\" y2=\"{N(to.Y)}\"/>");
        }
    }

    private static void Crossings(StringBuilder svg, TraceMap map, MapState state)
    {
        foreach (var c in map.Rivers.SelectMany(r => r.Crossings))
        {
            var (x, y) = MapProjection.Project(c.X, c.Y);
            var destroyed = state.DestroyedCrossings.Contains(c.Id);
            var title = Markup.Escape(new Bi(c.Name + (destroyed ? "（已毁）" : ""), c.NameEn + (destroyed ? " (destroyed)" : "")).Both);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"crossing{(destroyed ? " destroyed" : "")}\" transform=\"translate({N(x)} {N(y)})\"><title>{title}</title>");
            svg.Append(destroyed ? "<path d=\"M-7,-7L7,7M-7,7L7,-7\"/>" : "<rect x=\"-5\" y=\"-5\" width=\"10\" height=\"10\" transform=\"rotate(45)\"/>");
            svg.Append("</g>");
        }
    }

    private static void Positions(StringBuilder svg, TraceMap map, (double X, double Y)[] points, MapState state, SideNames sides)
    {
        for (var i = 0; i < map.Positions.Length; i++)
        {
            var p = map.Positions[i];
            var (x, y) = points[i];
            var holder = state.Holders[i] == 'A' ? "attacker" : "defender";
            var assaulted = holder == "defender" && state.Attackers[i] > 0;
            var classes = $"pos {holder}{(p.Key ? " key" : "")}{(assaulted ? " assaulted" : "")}";
            var title = Markup.Escape($"{new Bi(p.Name, p.NameEn).Both} · {Vocabulary.Tier(p.Tier, sides).Both}");
            var r = Radius(p);
            svg.Append(p.Tier == "staging"
                ? string.Create(CultureInfo.InvariantCulture, $"<rect class=\"{classes}\" data-id=\"{Markup.Escape(p.Id)}\" x=\"{N(x - r)}\" y=\"{N(y - r)}\" width=\"{N(2 * r)}\" height=\"{N(2 * r)}\"><title>{title}</title></rect>")
                : string.Create(CultureInfo.InvariantCulture, $"<circle class=\"{classes}\" data-id=\"{Markup.Escape(p.Id)}\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\"><title>{title}</title></circle>"));
        }
    }

    /// <summary>
    /// The names of the labelled positions, key positions first, each language placed on its own (the names differ in
    /// length) and shown by the page's language class.
    /// </summary>
    private static void Labels(StringBuilder svg, TraceMap map, (double X, double Y)[] points, Func<TracePosition, bool> labelled,
        (double Left, double Top, double Right, double Bottom) frame, IReadOnlyList<(double Left, double Top, double Right, double Bottom)> riverNames)
    {
        var order = Enumerable.Range(0, map.Positions.Length).Where(i => labelled(map.Positions[i]))
            .OrderByDescending(i => map.Positions[i].Key).ThenBy(i => i).ToList();
        var symbols = Enumerable.Range(0, map.Positions.Length).Select(i => (points[i].X, points[i].Y, Radius(map.Positions[i]))).ToList();
        foreach (var (language, css) in new[] { (Language.Chinese, "zh"), (Language.English, "en") })
        {
            var candidates = order.Select(i => new MapLabels.Candidate(i, points[i].X, points[i].Y, Radius(map.Positions[i]),
                new Bi(map.Positions[i].Name, map.Positions[i].NameEn).In(language))).ToList();
            foreach (var label in MapLabels.Place(candidates, symbols, LabelSize, frame, riverNames))
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"pos-label {css}\" x=\"{N(label.X)}\" y=\"{N(label.Y)}\" font-size=\"{N(LabelSize)}\" text-anchor=\"{label.Anchor}\">")
                    .Append(Markup.Escape(label.Text)).Append("</text>");
        }
    }

    /// <summary>The font size of position names, in drawing units (the placement needs to know it, so it is set here, not in the stylesheet).</summary>
    private const double LabelSize = 19;

    private const double RiverLabelSize = 21;

    private const double RingLabelSize = 17;

    private static double Radius(TracePosition p) => p.Tier == "staging" ? 9 : p.Key ? 12 : 9;

    private static string Tspans(Bi text) =>
        $"<tspan class=\"zh\">{Markup.Escape(text.Zh)}</tspan><tspan class=\"en\">{Markup.Escape(text.En)}</tspan>";

    /// <summary>Andrew's monotone chain: the hull's corners in order, without collinear points.</summary>
    private static List<(double X, double Y)> ConvexHull(IEnumerable<(double X, double Y)> input)
    {
        var pts = input.Distinct().OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        if (pts.Count < 3) return pts;
        static double Cross((double X, double Y) o, (double X, double Y) a, (double X, double Y) b) =>
            (a.X - o.X) * (b.Y - o.Y) - (a.Y - o.Y) * (b.X - o.X);
        var hull = new List<(double X, double Y)>();
        foreach (var pass in new[] { pts, Enumerable.Reverse(pts).ToList() })
        {
            var start = hull.Count;
            foreach (var p in pass)
            {
                while (hull.Count >= start + 2 && Cross(hull[^2], hull[^1], p) <= 0) hull.RemoveAt(hull.Count - 1);
                hull.Add(p);
            }
            hull.RemoveAt(hull.Count - 1);
        }
        return hull;
    }

    private static string N(double x) => Math.Round(x, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Km(double km) => km.ToString("0.#", CultureInfo.InvariantCulture);
}
