using Siege.Analysis.Attrition;
using Siege.Engine.Domain;
using Siege.Scenarios.Loading;

namespace Siege.Calibration;

/// <summary>
/// A battle as the CDB90 fit sees it: the defender's posture, the terrain and the period. The CDB90 prior is built for
/// a scenario's own setting: the classes its <c>calibration.prior</c> gives (or the hosts' options) and the period of
/// the year it starts in.
/// </summary>
public sealed record Cdb90Setting(PostureClass Posture, TerrainClass Terrain, Period Period)
{
    /// <summary>The setting of <paramref name="scenario"/> in these classes, in the period of the year it starts in.</summary>
    public static Cdb90Setting Of(Scenario scenario, PostureClass posture, TerrainClass terrain) =>
        new(posture, terrain, AttritionClasses.PeriodOf(scenario.Start.Year));

    /// <summary>The scenario's own setting, from its <c>calibration.prior</c>; null when it gives none.</summary>
    public static Cdb90Setting? Of(LoadedScenario loaded) =>
        loaded.PriorClass is { } c ? Of(loaded.Scenario, PostureOf(c.Posture), TerrainOf(c.Terrain)) : null;

    // The loader names the classes as the fit does (a test keeps the two lists equal), so they convert by name.
    public static PostureClass PostureOf(Cdb90Posture posture) => Enum.Parse<PostureClass>(posture.ToString());

    public static TerrainClass TerrainOf(Cdb90Terrain terrain) => Enum.Parse<TerrainClass>(terrain.ToString());
}
