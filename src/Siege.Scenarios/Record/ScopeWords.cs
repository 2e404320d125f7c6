using System.Globalization;
using Siege.Engine.Domain;

namespace Siege.Scenarios.Record;

/// <summary>
/// A casualty item's scope and a gap in English, as the fidelity table, the calibration and the exports write them
/// (the report's Chinese is in Siege.Report's FidelityWords).
/// </summary>
public static class ScopeWords
{
    /// <summary>What an item counts: <c>defender killed</c>, <c>attacker casualties (formations and dates not stated)</c>.</summary>
    public static string Describe(Scenario scenario, CasualtiesItem item) =>
        $"{(item.Side == Engine.Domain.Side.Defender ? "defender" : "attacker")} {What(scenario, item)}";

    /// <summary>What an item counts, without the side: <c>killed</c>, <c>killed and wounded (from 1944-06-23)</c>.</summary>
    public static string What(Scenario scenario, CasualtiesItem item)
    {
        var scope = item.Scope;
        var what = scope.Unknown.Contains(ScopeDimension.Categories) ? "casualties" : List(scope.Categories.Select(Category));
        var qualifiers = new List<string>();
        if (!scope.Unknown.Contains(ScopeDimension.Formations) && !CasualtyScopes.CoversSide(Side(scenario, item.Side), scope.Formations))
            qualifiers.Add("of " + List(scope.Formations.Select(id => UnitName(scenario, id))));
        if (scope.From is { } from && scope.To is { } to) qualifiers.Add($"{Day(from)} – {Day(to)}");
        else if (scope.From is { } start) qualifiers.Add($"from {Day(start)}");
        else if (scope.To is { } end) qualifiers.Add($"to {Day(end)}");
        if (scope.TurnsOnWoundedPrisoners && scope.CapturedIncludesWounded is { } booked)
            qualifiers.Add(booked ? "wounded prisoners counted as captured" : "wounded prisoners counted as wounded");
        if (!scope.IsKnown) qualifiers.Add(List(scope.Unknown.Select(Dimension)) + " not stated");
        return qualifiers.Count == 0 ? what : $"{what} ({string.Join("; ", qualifiers)})";
    }

    /// <summary>Why the run has no number for the item, as the fidelity table's simulated column says it.</summary>
    public static string Gap(ScopeGap gap) => gap.Kind switch
    {
        ScopeGapKind.ScopeUnknown => "scope unknown, not compared",
        ScopeGapKind.BelowSide => "not modelled at this scope: the run counts whole sides only",
        ScopeGapKind.Categories => $"not modelled at this scope: the run counts no {List(gap.Categories.Select(Category))}",
        ScopeGapKind.BeforeStart => $"not modelled at this scope: the figure starts on {Day(gap.Day!.Value)}, before the run",
        ScopeGapKind.NotByDay => "not modelled at this scope: no daily casualties kept",
        ScopeGapKind.AssaultsNotReported => "not modelled: the run does not report when a position is first assaulted",
        _ => "not modelled: the run does not report why the siege ended",
    };

    public static string Category(CasualtyKind kind) => kind switch
    {
        CasualtyKind.DiedOfWounds => "died of wounds",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Dimension(ScopeDimension dimension) => dimension switch
    {
        ScopeDimension.CapturedIncludesWounded => "how wounded prisoners are booked",
        _ => dimension.ToString().ToLowerInvariant(),
    };

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> words)
    {
        var all = words.ToList();
        return all.Count <= 1 ? string.Concat(all) : string.Join(", ", all.Take(all.Count - 1)) + " and " + all[^1];
    }

    private static ForceUnit Side(Scenario scenario, Side side) => side == Engine.Domain.Side.Defender ? scenario.Forces.Defender : scenario.Forces.Attacker;

    private static string UnitName(Scenario scenario, string id) =>
        scenario.Forces.Defender.SelfAndDescendants().Concat(scenario.Forces.Attacker.SelfAndDescendants()).FirstOrDefault(u => u.Id == id)?.NameEn ?? id;

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
