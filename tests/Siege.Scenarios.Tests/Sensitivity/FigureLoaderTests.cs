using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Sensitivity;

namespace Siege.Scenarios.Tests.Sensitivity;

public sealed class FigureLoaderTests
{
    private static readonly EmbeddedScenarioFiles Files = new(ScenarioLoader.DefaultScenarioId);
    private static readonly IReadOnlyList<RangedFigure> Found = RangedFigures.Find(Files);

    // A number of each kind (a rate, men, guns, hours), an arrival, and figures in four files.
    private static readonly string[] Paths =
    [
        "combat.attackerKillRate",
        "doctrine.attacker.offensiveForceRatio",
        "doctrine.attacker.regroupHours",
        "supplies.attacker[id=jp-shells].flowPerDay",
        "events[id=relief-79th-army].force.strength",
        "forces.attacker.units[id=jp-58th-div].units[id=jp-58-51st-bde].arrives",
        "forces.attacker.units[id=jp-68th-div].units[id=jp-68-57th-bde].guns",
    ];

    private static IReadOnlyList<RangedFigure> Figures => [.. Paths.Select(p => Assert.Single(Found, f => f.Path == p))];

    [Fact]
    public void The_fast_route_gives_the_run_the_variant_route_gives_for_the_same_values()
    {
        var figures = Figures;
        var loader = FigureLoader.Create(Files, figures);
        // Three points in turn through one loader: a later load must not keep anything of an earlier one.
        foreach (var share in new[] { 0.25, 0.8, 0.25 })
        {
            double[] values = [.. figures.Select(f => f.Low + share * (f.High - f.Low) + 0.3)];
            var fast = loader.Load(values);
            var slow = SensitivityVariant.Load(Files, figures, values);
            Assert.True(fast.Succeeded, string.Join("; ", fast.Diagnostics));
            Assert.True(slow.Diagnostics.Count == 0, string.Join("; ", slow.Diagnostics));
            for (var seed = 1UL; seed <= 3; seed++)
                Assert.Equal(SiegeModel.Compile(slow.Scenario!.Scenario).Run(seed).HashHex,
                    SiegeModel.Compile(fast.Scenario!.Scenario).Run(seed).HashHex);
        }
    }

    [Fact]
    public void A_figure_set_to_its_own_value_gives_the_baseline_run()
    {
        var rate = Assert.Single(Found, f => f.Path == "combat.attackerKillRate");
        var loaded = FigureLoader.Create(Files, [rate]).Load([rate.Value]);
        var baseline = ScenarioLoader.Load(Files).Scenario!;
        Assert.Equal(SiegeModel.Compile(baseline.Scenario).Run(1).HashHex, SiegeModel.Compile(loaded.Scenario!.Scenario).Run(1).HashHex);
    }

    [Fact]
    public void Values_are_kept_in_the_range_and_whole_numbers_stay_whole()
    {
        var regroup = Assert.Single(Found, f => f.Path == "doctrine.attacker.regroupHours");
        Assert.Equal(168, regroup.Snap(500));
        Assert.Equal(50, regroup.Snap(49.6));
        var rate = Assert.Single(Found, f => f.Path == "combat.attackerKillRate");
        Assert.Equal(0.068, rate.Snap(0.01));
        var loaded = FigureLoader.Create(Files, [regroup]).Load([49.6]);
        Assert.Equal(50, loaded.Scenario!.Scenario.AttackerDoctrine.RegroupHours.Value);
    }

    [Fact]
    public void A_point_that_breaks_a_rule_of_the_scenario_does_not_load_and_says_why()
    {
        // Hengyang's ranges keep every pause ratio below every opening ratio; a scenario whose ranges meet at 1.0, as
        // Hengyang's did, lets a point break the rule that the pause lies below the opening.
        var files = new EditedFiles(Files, "pauseForceRatio: {value: 0.9, min: 0.7, max: 0.95,", "pauseForceRatio: {value: 0.9, min: 0.7, max: 1.0,");
        var found = RangedFigures.Find(files);
        var pause = Assert.Single(found, f => f.Path == "doctrine.attacker.pauseForceRatio");
        var open = Assert.Single(found, f => f.Path == "doctrine.attacker.offensiveForceRatio");
        var loader = FigureLoader.Create(files, [pause, open]);
        var result = loader.Load([1.0, 1.0]);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("pauseForceRatio", StringComparison.Ordinal));
        Assert.True(loader.Load([0.8, 1.2]).Succeeded);
    }

    [Fact]
    public void A_path_that_is_not_a_ranged_figure_is_refused()
    {
        var bogus = new RangedFigure("combat.noSuchRate", 1, 0, 2, [], "x", 1);
        var e = Assert.Throws<ArgumentException>(() => FigureLoader.Create(Files, [bogus]));
        Assert.Contains("combat.noSuchRate", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The scenario's files with one piece of text replaced, which must occur exactly once.</summary>
    private sealed class EditedFiles(IScenarioFiles inner, string from, string to) : IScenarioFiles
    {
        public string MainFile => inner.MainFile;

        public string? Read(string displayPath)
        {
            var text = inner.Read(displayPath);
            if (text is null || !text.Contains(from, StringComparison.Ordinal)) return text;
            Assert.Equal(text.IndexOf(from, StringComparison.Ordinal), text.LastIndexOf(from, StringComparison.Ordinal));
            return text.Replace(from, to, StringComparison.Ordinal);
        }

        public string Resolve(string fromDisplayPath, string relative) => inner.Resolve(fromDisplayPath, relative);
    }
}
