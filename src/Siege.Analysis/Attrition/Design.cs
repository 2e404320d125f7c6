using System.Collections.Immutable;

namespace Siege.Analysis.Attrition;

/// <summary>
/// The terms of the log-linear rate model. The reference case, folded into the intercept, is a hasty defence on open
/// ground before 1900; each other class gets its own shift. Force ratio and duration enter as logarithms, so their
/// coefficients are elasticities: 1 % more force ratio changes the daily rate by about the coefficient in %.
/// </summary>
internal static class Design
{
    public static readonly ImmutableArray<string> Terms =
    [
        "intercept",
        "log force ratio (A/D)",
        "posture: prepared",
        "posture: fortified",
        "posture: other (delay, withdrawal, unknown)",
        "terrain: rugged",
        "terrain: wooded",
        "terrain: desert",
        "terrain: urban",
        "period: 1900-1938",
        "period: 1939-1945",
        "period: after 1945",
        "log duration (days)",
    ];

    public static double[] Row(AttritionConditions c) =>
    [
        1,
        Math.Log(c.ForceRatio),
        c.Posture == PostureClass.Prepared ? 1 : 0,
        c.Posture == PostureClass.Fortified ? 1 : 0,
        c.Posture == PostureClass.Other ? 1 : 0,
        c.Terrain == TerrainClass.Rugged ? 1 : 0,
        c.Terrain == TerrainClass.Wooded ? 1 : 0,
        c.Terrain == TerrainClass.Desert ? 1 : 0,
        c.Terrain == TerrainClass.Urban ? 1 : 0,
        c.Period == Period.From1900To1938 ? 1 : 0,
        c.Period == Period.From1939To1945 ? 1 : 0,
        c.Period == Period.After1945 ? 1 : 0,
        Math.Log(c.Days),
    ];
}
