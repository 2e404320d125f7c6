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
        // Each ranged figure of the shipped files is a flow mapping written on one line with "min:" in it, and each
        // ranged arrival a block mapping with an "earliest:" line.
        var written = new[] { "doctrine.yaml", "events.yaml", "forces.yaml", "supplies.yaml" }
            .Sum(f => Regex.Matches(Files.Read($"scenarios/hengyang-1944/{f}") ?? "", @"\{value: [^}\n]*\bmin: |^\s*earliest: ", RegexOptions.Multiline).Count);
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
        Assert.Equal(57, rate.Line);
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
    public void An_arrival_with_its_range_is_a_figure_in_hours_from_the_start_and_its_ends_set_the_hour()
    {
        // forces.yaml, 51st Brigade: at 3 Aug 12:00, earliest 30 Jul 00:00, latest 3 Aug 23:00; the start is 22 Jun 00:00.
        var arrival = Assert.Single(Found, f => f.Path == "forces.attacker.units[id=jp-58th-div].units[id=jp-58-51st-bde].arrives");
        Assert.True(arrival.IsTime);
        Assert.Equal((42 * 24 + 12.0, 38 * 24.0, 42 * 24 + 23.0), (arrival.Value, arrival.Low, arrival.High));
        Assert.Contains("value: \"1944-07-30T00:00\"", SensitivityVariant.Text(arrival, RangeEnd.Low), StringComparison.Ordinal);
        var early = SensitivityVariant.Load(Files, arrival, RangeEnd.Low).Scenario!.Scenario;
        Assert.Equal(38 * 24, early.Forces.Attacker.Leaves().Single(u => u.Id == "jp-58-51st-bde").ArrivesHour);
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
