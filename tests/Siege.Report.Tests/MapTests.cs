using Siege.Report.Map;

namespace Siege.Report.Tests;

public sealed class MapTests
{
    [Fact]
    public void The_projection_is_to_scale_inside_the_disc_and_keeps_every_bearing()
    {
        Assert.Equal((1.0 * MapProjection.UnitsPerKm, -2.0 * MapProjection.UnitsPerKm), MapProjection.Project(1, 2));
        var (x, y) = MapProjection.Project(12, -9);
        // Same direction from the origin (y flipped for SVG), shorter than the true distance, still beyond the disc.
        Assert.Equal(Math.Atan2(-9, 12), Math.Atan2(-y, x), 9);
        var drawn = Math.Sqrt(x * x + y * y) / MapProjection.UnitsPerKm;
        Assert.InRange(drawn, MapProjection.TrueScaleKm, 15);
    }

    [Fact]
    public void Farther_places_are_drawn_farther_out()
    {
        var radii = new[] { 0.5, 2, 2.5, 3, 5, 10, 20 }.Select(MapProjection.Radius).ToList();
        Assert.Equal(radii.Order(), radii);
        Assert.Equal(radii.Count, radii.Distinct().Count());
    }

    [Fact]
    public void Labels_never_overlap_each_other_or_a_symbol_and_stay_inside_the_frame()
    {
        // A tight cluster: not every name fits, and those that are placed must not collide.
        var candidates = Enumerable.Range(0, 12)
            .Select(i => new MapLabels.Candidate(i, 100 + i % 4 * 30, 100 + i / 4 * 25, 9, $"Position {i}"))
            .ToList();
        var symbols = candidates.Select(c => (c.X, c.Y, c.Radius)).ToList();
        var placed = MapLabels.Place(candidates, symbols, 19, (0, 0, 400, 300), []);
        Assert.NotEmpty(placed);
        Assert.True(placed.Count < candidates.Count, "a cluster this tight cannot name every position");
        var boxes = placed.Select(p => Box(p, 19)).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            Assert.InRange(boxes[i].Left, 0, 400);
            Assert.InRange(boxes[i].Right, 0, 400);
            for (var j = i + 1; j < boxes.Count; j++) Assert.False(Overlap(boxes[i], boxes[j]), $"labels {placed[i].Index} and {placed[j].Index} overlap");
            foreach (var s in symbols)
                Assert.False(Overlap(boxes[i], (s.X - s.Radius, s.Y - s.Radius, s.X + s.Radius, s.Y + s.Radius)), $"label {placed[i].Index} covers a symbol");
        }
    }

    private static (double Left, double Top, double Right, double Bottom) Box(MapLabels.Placed p, double size)
    {
        var width = MapLabels.Width(p.Text, size);
        var left = p.Anchor switch { "start" => p.X, "end" => p.X - width, _ => p.X - width / 2 };
        // The baseline is at Y; the text reaches about 0.7 em above it and 0.2 em below.
        return (left, p.Y - size * 0.7, left + width, p.Y + size * 0.2);
    }

    private static bool Overlap((double Left, double Top, double Right, double Bottom) a, (double Left, double Top, double Right, double Bottom) b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
