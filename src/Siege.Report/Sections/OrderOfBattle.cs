using Siege.Engine.Domain;
using Siege.Report.Html;

namespace Siege.Report.Sections;

/// <summary>A side's order of battle as a nested list: each unit with its echelon, kind, men, guns, commanders and arrival.</summary>
internal static class OrderOfBattle
{
    /// <summary>Levels below this start folded, so the tree opens at the divisions and brigades.</summary>
    private const int OpenLevels = 2;

    public static string Html(ForceUnit root, DateTime start) => $"<ul class=\"oob\">{Unit(root, start, 0)}</ul>";

    private static string Unit(ForceUnit unit, DateTime start, int depth)
    {
        var line = $"<strong>{Markup.Name(unit.Name, unit.NameEn)}</strong> <span class=\"meta\">{Meta(unit, start)}</span>";
        if (unit.IsLeaf) return $"<li>{line}</li>";
        var children = string.Concat(unit.Units.Select(u => Unit(u, start, depth + 1)));
        var open = depth < OpenLevels ? " open=\"open\"" : "";
        return $"<li><details{open}><summary>{line}</summary><ul>{children}</ul></details></li>";
    }

    private static string Meta(ForceUnit unit, DateTime start)
    {
        var parts = new List<string>
        {
            Markup.Span(Vocabulary.Echelon(unit.Echelon)),
            Markup.Span(new Bi($"{Fmt.Count(unit.TotalStrength)}人", $"{Fmt.Count(unit.TotalStrength)} men")),
        };
        if (unit.IsLeaf) parts.Insert(1, Markup.Span(Vocabulary.UnitKind(unit.Kind)));
        var guns = unit.Leaves().Sum(u => (int)Math.Round(u.Guns?.Value ?? 0));
        if (guns > 0) parts.Add(Markup.Span(new Bi($"火炮{guns}门", $"{guns} guns")));
        if (unit.IsLeaf && unit.Role != AttackerRole.Assault) parts.Add(Markup.Span(Vocabulary.Role(unit.Role)));
        if (!unit.Commanders.IsDefaultOrEmpty)
            parts.Add(Markup.Span(new Bi(
                "指挥官" + string.Join("、", unit.Commanders.Select(c => c.Name)),
                "commander " + string.Join(", ", unit.Commanders.Select(c => c.NameEn)))));
        if (unit.NeverArrives) parts.Add(Markup.Span(new Bi("未到战场", "never at the battle")));
        else if (unit.ArrivesHour > 0)
        {
            var at = Fmt.DateTime(start.AddHours(unit.ArrivesHour));
            // Where the sources leave the hour open, the range it was guessed in.
            var range = unit.ArrivalRange is { } r
                ? $" ({Fmt.DateTime(start.AddHours(r.EarliestHour))} – {Fmt.DateTime(start.AddHours(r.LatestHour))})"
                : "";
            parts.Add(Markup.Span(new Bi($"{at}到达{range}", $"arrives {at}{range}")));
        }
        return string.Join(" · ", parts);
    }
}
