namespace Siege.Report.Map;

/// <summary>
/// Kilometres east and north of the scenario's origin to drawing units. Within <see cref="TrueScaleKm"/> of the
/// origin the map is to scale; beyond it distances from the origin grow with their logarithm, so the hills around
/// the city and the staging areas 15 km out fit one picture without the city shrinking to a dot. Directions from
/// the origin are kept, so every place stays on its bearing. Rings drawn on the map show the compression.
/// </summary>
internal static class MapProjection
{
    /// <summary>The radius of the true-scale disc, a little wider than the outposts around the old city.</summary>
    public const double TrueScaleKm = 2.5;

    /// <summary>
    /// How strongly the band beyond the disc is compressed: its drawn width grows by this many disc radii for each
    /// e-fold of true distance. Chosen so the disc takes about half the map's radius for a theatre of 15 km.
    /// </summary>
    public const double Compression = 0.55;

    /// <summary>Drawing units per projected kilometre: symbols and names are in these units, so this sets how much room they have.</summary>
    public const double UnitsPerKm = 130;

    public static (double X, double Y) Project(double x, double y)
    {
        var r = Math.Sqrt(x * x + y * y);
        var scale = r <= TrueScaleKm ? 1 : Radius(r) / r;
        // SVG's y axis points down; north is up.
        return (x * scale * UnitsPerKm, -y * scale * UnitsPerKm);
    }

    /// <summary>The drawn radius, in kilometres of the true-scale disc, of a point <paramref name="km"/> from the origin.</summary>
    public static double Radius(double km) => km <= TrueScaleKm ? km : TrueScaleKm * (1 + Compression * Math.Log(km / TrueScaleKm));

    /// <summary>
    /// A polyline of map points with extra points every <paramref name="stepKm"/>, so that a straight stretch of river
    /// bends as the projection bends it instead of cutting across.
    /// </summary>
    public static IEnumerable<(double X, double Y)> Densify(IReadOnlyList<(double X, double Y)> points, double stepKm = 0.2)
    {
        for (var i = 0; i < points.Count; i++)
        {
            yield return points[i];
            if (i + 1 == points.Count) yield break;
            var (dx, dy) = (points[i + 1].X - points[i].X, points[i + 1].Y - points[i].Y);
            var steps = (int)Math.Ceiling(Math.Sqrt(dx * dx + dy * dy) / stepKm);
            for (var k = 1; k < steps; k++) yield return (points[i].X + dx * k / steps, points[i].Y + dy * k / steps);
        }
    }
}
