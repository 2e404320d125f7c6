using Siege.Analysis.Attrition;
using Siege.Analysis.Battles;
using Siege.Scenarios.Loading;

namespace Siege.Calibration.Tests;

/// <summary>The setting a scenario's CDB90 prior is built for: its own classes (calibration.prior) and its period.</summary>
public sealed class Cdb90SettingTests
{
    private static LoadedScenario Load(string folder)
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(Repository.Root, "scenarios", folder));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    [Fact]
    public void The_loader_names_the_classes_as_the_fit_does()
    {
        // The scenario loader keeps its own enums (it does not reference Siege.Analysis) and the hosts convert by name.
        Assert.Equal(Enum.GetNames<PostureClass>(), Enum.GetNames<Cdb90Posture>());
        Assert.Equal(Enum.GetNames<TerrainClass>(), Enum.GetNames<Cdb90Terrain>());
    }

    [Theory]
    [InlineData("hengyang-1944", PostureClass.Fortified, TerrainClass.Rugged)]
    [InlineData("hengyang-1944-cdb90", PostureClass.Fortified, TerrainClass.Rugged)]
    [InlineData("iwo-jima-1945", PostureClass.Fortified, TerrainClass.Open)]
    public void A_shipped_scenario_s_prior_is_for_its_own_classes_in_the_second_world_war(string folder, PostureClass posture, TerrainClass terrain)
    {
        // Both sieges began in 1944 and 1945: the fit's 1939-1945 period.
        Assert.Equal(new Cdb90Setting(posture, terrain, Period.From1939To1945), Cdb90Setting.Of(Load(folder)));
    }

    [Fact]
    public void A_scenario_without_classes_has_no_setting()
    {
        Assert.Null(Cdb90Setting.Of(Load("iwo-jima-1945") with { PriorClass = null }));
    }

    [Theory]
    [InlineData(1870, Period.Before1900)]
    [InlineData(1916, Period.From1900To1938)]
    [InlineData(1973, Period.After1945)]
    public void The_period_is_that_of_the_year_the_scenario_starts_in(int year, Period period)
    {
        var hengyang = Load("hengyang-1944").Scenario;
        var moved = hengyang with { Start = new DateTime(year, 6, 22) };
        Assert.Equal(period, Cdb90Setting.Of(moved, PostureClass.Fortified, TerrainClass.Rugged).Period);
    }

    [Fact]
    public void Iwo_Jimas_classes_are_those_of_its_CDB90_rows()
    {
        // The scenario cites its rows (cdb90: [518, 519, 520]) for its classes: each row's posture as the fit classes it,
        // and the terrain of most of the rows (518 and 520 are rolling bare ground, open; 519, Suribachi, is rugged).
        var loaded = Load("iwo-jima-1945");
        Assert.Contains("cdb90", loaded.PriorClass!.Sources);
        var rows = Cdb90.Load().Where(b => loaded.RelatedCdb90Battles.Contains(b.Id)).ToList();
        Assert.Equal(3, rows.Count);
        var setting = Cdb90Setting.Of(loaded)!;
        Assert.All(rows, b => Assert.Equal(setting.Posture, AttritionClasses.Of(b.Posture)));
        var terrains = rows.Select(b => AttritionClasses.Of(b.Terrain)).ToList();
        Assert.Equal([TerrainClass.Open, TerrainClass.Rugged, TerrainClass.Open], terrains);
        Assert.Equal(setting.Terrain, terrains.GroupBy(t => t).MaxBy(g => g.Count())!.Key);
    }
}
