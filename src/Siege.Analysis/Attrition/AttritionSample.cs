using System.Collections.Immutable;
using Siege.Analysis.Battles;

namespace Siege.Analysis.Attrition;

public sealed record DroppedBattle(int BattleId, string Name, string Reason);

/// <summary>The battles usable for fitting daily casualty rates, and the ones left out with the reason why.</summary>
public sealed record AttritionSample(ImmutableArray<Engagement> Engagements, ImmutableArray<DroppedBattle> Dropped)
{
    public static AttritionSample FromCdb90() => From(Cdb90.Load());

    public static AttritionSample From(IReadOnlyList<Battle> battles)
    {
        var byId = battles.ToDictionary(b => b.Id);
        var kept = ImmutableArray.CreateBuilder<Engagement>();
        var dropped = ImmutableArray.CreateBuilder<DroppedBattle>();
        foreach (var b in battles)
        {
            if (Missing(b) is { } reason)
            {
                dropped.Add(new DroppedBattle(b.Id, b.Name, reason));
                continue;
            }
            var conditions = new AttritionConditions(
                b.Attacker.InitialStrength!.Value,
                b.Defender.InitialStrength!.Value,
                AttritionClasses.Of(b.Posture),
                AttritionClasses.Of(b.Terrain),
                AttritionClasses.PeriodOf(b.Year),
                b.Days);
            kept.Add(new Engagement(b.Id, Root(b, byId), b.Name, b.Year, conditions,
                b.Attacker.Casualties!.Value, b.Defender.Casualties!.Value));
        }
        return new AttritionSample(kept.ToImmutable(), dropped.ToImmutable());
    }

    // A rate per initial strength needs the initial strength: a total engaged or an average daily strength includes
    // reinforcements and would understate it, so a battle that gives only those is left out rather than mixed in.
    private static string? Missing(Battle b)
    {
        var reasons = new List<string>();
        if (b.Attacker.InitialStrength is not > 0) reasons.Add("attacker initial strength unknown");
        if (b.Defender.InitialStrength is not > 0) reasons.Add("defender initial strength unknown");
        if (b.Attacker.Casualties is not { } ca) reasons.Add("attacker casualties unknown");
        else if (ca == 0) reasons.Add("attacker casualties zero");
        if (b.Defender.Casualties is not { } cd) reasons.Add("defender casualties unknown");
        else if (cd == 0) reasons.Add("defender casualties zero");
        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }

    private static int Root(Battle b, Dictionary<int, Battle> byId)
    {
        var seen = new HashSet<int>();
        while (b.ParentId is { } p && byId.TryGetValue(p, out var parent) && seen.Add(b.Id)) b = parent;
        return b.Id;
    }
}
