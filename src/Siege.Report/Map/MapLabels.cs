namespace Siege.Report.Map;

/// <summary>
/// Places position names on the map without overlap: each name, in order of priority, takes the first spot beside
/// its symbol (right, left, above, below) that covers no symbol and no name already placed, or is left out. A left-out
/// name is still in the symbol's tooltip. Widths are estimated from the characters (a CJK character is about one em,
/// a Latin one about half), which is all a layout without a font engine can know.
/// </summary>
internal static class MapLabels
{
    public sealed record Candidate(int Index, double X, double Y, double Radius, string Text);

    public sealed record Placed(int Index, double X, double Y, string Anchor, string Text);

    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box o) => Left < o.Right && o.Left < Right && Top < o.Bottom && o.Top < Bottom;

        public bool Contains(Box o) => o.Left >= Left && o.Right <= Right && o.Top >= Top && o.Bottom <= Bottom;
    }

    /// <summary>Places what fits; a spot must lie inside <paramref name="bounds"/> (left, top, right, bottom), the map's frame.</summary>
    /// <remarks><paramref name="obstacles"/> are other text already on the map (left, top, right, bottom), e.g. river names.</remarks>
    public static IReadOnlyList<Placed> Place(IReadOnlyList<Candidate> candidates, IEnumerable<(double X, double Y, double Radius)> symbols,
        double fontSize, (double Left, double Top, double Right, double Bottom) bounds,
        IEnumerable<(double Left, double Top, double Right, double Bottom)> obstacles)
    {
        var frame = new Box(bounds.Left, bounds.Top, bounds.Right, bounds.Bottom);
        var taken = symbols.Select(s => new Box(s.X - s.Radius, s.Y - s.Radius, s.X + s.Radius, s.Y + s.Radius))
            .Concat(obstacles.Select(o => new Box(o.Left, o.Top, o.Right, o.Bottom)))
            .ToList();
        var placed = new List<Placed>();
        foreach (var c in candidates)
        {
            var width = Width(c.Text, fontSize);
            var gap = c.Radius + 4;
            // (x, baseline y, anchor, box) for each spot; the box is the text's extent, ascender to descender.
            var spots = new (double X, double Y, string Anchor, Box Box)[]
            {
                (c.X + gap, c.Y + fontSize * 0.35, "start", new Box(c.X + gap, c.Y - fontSize * 0.55, c.X + gap + width, c.Y + fontSize * 0.55)),
                (c.X - gap, c.Y + fontSize * 0.35, "end", new Box(c.X - gap - width, c.Y - fontSize * 0.55, c.X - gap, c.Y + fontSize * 0.55)),
                (c.X, c.Y - gap - fontSize * 0.25, "middle", new Box(c.X - width / 2, c.Y - gap - fontSize * 1.05, c.X + width / 2, c.Y - gap)),
                (c.X, c.Y + gap + fontSize * 0.85, "middle", new Box(c.X - width / 2, c.Y + gap, c.X + width / 2, c.Y + gap + fontSize * 1.05)),
            };
            // The label's own symbol is in the taken list; a spot beside it never overlaps it, by construction of the gap.
            var spot = spots.FirstOrDefault(s => frame.Contains(s.Box) && !taken.Any(t => t.Overlaps(s.Box)));
            if (spot.Anchor is null) continue;
            taken.Add(spot.Box);
            placed.Add(new Placed(c.Index, spot.X, spot.Y, spot.Anchor, c.Text));
        }
        return placed;
    }

    internal static double Width(string text, double fontSize) =>
        text.Sum(ch => ch >= '\u2E80' ? 1.0 : char.IsUpper(ch) ? 0.65 : 0.52) * fontSize;
}
