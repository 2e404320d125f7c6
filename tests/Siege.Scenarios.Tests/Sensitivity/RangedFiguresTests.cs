using System.Text.RegularExpressions;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Sensitivity;

namespace Siege.Scenarios.Tests.Sensitivity;

public sealed class RangedFiguresTests
{
    private static readonly EmbeddedScenarioFiles Files = new(ScenarioLoader.DefaultScenarioId);
    private static readonly IReadOnlyList<RangedFigure> Found = RangedFigures.Find(Files);

    [Fact]
    public void Every_figure_written_with_a_range_in_Hengyang_is_found_once()
    {
        // Each ranged figure of the shipped files is a flow mapping written on one line with "min:" in it.
        var written = new[] { "doctrine.yaml", "events.yaml", "forces.yaml", "supplies.yaml" }
            .Sum(f => Regex.Matches(Files.Read($"scenarios/hengyang-1944/{f}") ?? "", @"\{value: [^}\n]*\bmin: ").Count);
        Assert.Equal(written, Found.Count);
        Assert.Equal(Found.Count, Found.Select(f => f.Path).Distinct().Count());
        Assert.All(Found, f => Assert.True(f.Low <= f.Value && f.Value <= f.High && f.Low < f.High, f.Path));
    }

    [Fact]
    public void A_figure_is_named_by_the_path_a_variant_would_use_with_its_sources_file_and_line()
    {
        // doctrine.yaml: attackerKillRate: {value: 0.093, min: 0.068, max: 0.141, source: [cdb90, zh-wp, ito-1973], ...}
        var rate = Assert.Single(Found, f => f.Path == "combat.attackerKillRate");
        Assert.Equal((0.093, 0.068, 0.141), (rate.Value, rate.Low, rate.High));
        Assert.Equal(["cdb90", "zh-wp", "ito-1973"], rate.Sources.ToArray());
        Assert.EndsWith("doctrine.yaml", rate.File);
        Assert.Equal(50, rate.Line);
        // A list item with an id is named by it: supplies.yaml, small arms, 11 rounds per engaged man-hour (5–25).
        var smallArms = Assert.Single(Found, f => f.Path == "supplies.defender[id=def-small-arms].usePerManHour");
        Assert.Equal((11.0, 5.0, 25.0), (smallArms.Value, smallArms.Low, smallArms.High));
    }

    [Fact]
    public void Each_end_of_each_range_loads_as_a_variant_that_sets_only_that_figure()
    {
        foreach (var figure in Found)
            foreach (var end in new[] { RangeEnd.Low, RangeEnd.High })
            {
                var loaded = SensitivityVariant.Load(Files, figure, end);
                Assert.True(loaded.Succeeded, $"{figure.Path} {end}: {string.Join("; ", loaded.Diagnostics)}");
            }
        var rate = Found.Single(f => f.Path == "combat.attackerKillRate");
        var low = SensitivityVariant.Load(Files, rate, RangeEnd.Low).Scenario!.Scenario;
        var baseline = ScenarioLoader.LoadEmbedded().Scenario!.Scenario;
        Assert.Equal(0.068, low.Combat.AttackerKillRate.Value);
        // Every other combat figure keeps its value.
        var figures = typeof(Siege.Engine.Domain.CombatParameters).GetProperties().Where(p => p.PropertyType == typeof(Siege.Engine.Domain.Figure));
        foreach (var property in figures.Where(p => p.Name != "AttackerKillRate"))
            Assert.Equal(((Siege.Engine.Domain.Figure)property.GetValue(baseline.Combat)!).Value, ((Siege.Engine.Domain.Figure)property.GetValue(low.Combat)!).Value);
    }

    [Fact]
    public void The_two_ends_are_different_variants_and_the_same_end_is_the_same_text()
    {
        var rate = Found.Single(f => f.Path == "combat.attackerKillRate");
        Assert.NotEqual(SensitivityVariant.Text(rate, RangeEnd.Low), SensitivityVariant.Text(rate, RangeEnd.High));
        Assert.Equal(SensitivityVariant.Text(rate, RangeEnd.Low), SensitivityVariant.Text(rate with { }, RangeEnd.Low));
        Assert.Contains("value: 0.068}", SensitivityVariant.Text(rate, RangeEnd.Low));
    }
}
