using Siege.Analysis.Battles;

namespace Siege.Analysis.Attrition;

/// <summary>The defender's posture as the model sees it: delay, withdrawal and unknown are too few to fit apart.</summary>
public enum PostureClass { Hasty, Prepared, Fortified, Other }

/// <summary>
/// A few terrain groups, enough battles in each to fit a coefficient: any urban description makes a battle urban;
/// otherwise the primary description decides, relief before cover (rugged and wooded counts as rugged).
/// </summary>
public enum TerrainClass { Open, Rugged, Wooded, Desert, Urban }

/// <summary>The era, by the year the battle began.</summary>
public enum Period { Before1900, From1900To1938, From1939To1945, After1945 }

public static class AttritionClasses
{
    public static PostureClass Of(DefenderPosture posture) => posture switch
    {
        DefenderPosture.Hasty => PostureClass.Hasty,
        DefenderPosture.Prepared => PostureClass.Prepared,
        DefenderPosture.Fortified => PostureClass.Fortified,
        _ => PostureClass.Other,
    };

    public static TerrainClass Of(IReadOnlyList<Terrain> descriptions)
    {
        if (descriptions.Any(t => t.Feature == TerrainFeature.Urban)) return TerrainClass.Urban;
        if (descriptions.Count == 0) return TerrainClass.Open;
        var primary = descriptions[0];
        if (primary.Relief == Relief.Rugged) return TerrainClass.Rugged;
        if (primary.Cover == Cover.Desert) return TerrainClass.Desert;
        if (primary.Cover == Cover.HeavilyWooded) return TerrainClass.Wooded;
        // Rolling or flat, bare or mixed, marsh, coastal dunes (Nieuport), and the few with no description at all.
        return TerrainClass.Open;
    }

    public static Period PeriodOf(int year) => year switch
    {
        < 1900 => Period.Before1900,
        < 1939 => Period.From1900To1938,
        <= 1945 => Period.From1939To1945,
        _ => Period.After1945,
    };
}
