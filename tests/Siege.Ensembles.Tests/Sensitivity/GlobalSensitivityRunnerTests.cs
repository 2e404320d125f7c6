using System.Diagnostics;
using Siege.Ensembles.Sensitivity;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Sensitivity;

namespace Siege.Ensembles.Tests.Sensitivity;

public sealed class GlobalSensitivityRunnerTests
{
    private static readonly SeedRange Seeds = SeedRange.Of(1, 3);

    private static readonly Lazy<(IScenarioFiles Files, IReadOnlyList<RangedFigure> Figures)> Hengyang2 = new(() =>
    {
        var files = new EmbeddedScenarioFiles(ScenarioLoader.DefaultScenarioId);
        // A number and an arrival, so both ways of writing a point are run.
        var all = RangedFigures.Find(files);
        return (files, [all.First(f => f.Path == "combat.supportingFireShare"), all.First(f => f.IsTime)]);
    });

    [Fact]
    public async Task Morris_runs_each_point_once_and_a_second_call_only_reads()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var (files, figures) = Hengyang2.Value;
        var runner = new GlobalSensitivityRunner(store, Hengyang.Loaded, files);
        var clock = Stopwatch.StartNew();
        await runner.EnsureAsync(SensitivityMethods.Morris, figures, 2, Seeds, threads: 2);
        var first = runner.Analyse(SensitivityMethods.Morris, figures, 2, Seeds);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{clock.Elapsed}");

        var progress = new List<(int Done, int Of)>();
        await runner.EnsureAsync(SensitivityMethods.Morris, figures, 2, Seeds, threads: 2, (d, n) => progress.Add((d, n)));
        var second = runner.Analyse(SensitivityMethods.Morris, figures, 2, Seeds);

        Assert.Equal([(6, 6)], progress);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first), System.Text.Json.JsonSerializer.Serialize(second));
        Assert.Equal((6, 3, 18L), (first.Points, first.RunsPerPoint, first.Runs));
        Assert.All(first.Parameters, p => Assert.NotNull(p.MuStar));
    }

    [Fact]
    public void A_point_is_keyed_as_its_loaded_variant_is()
    {
        var (files, figures) = Hengyang2.Value;
        IReadOnlyList<(RangedFigure, double)> point = [(figures[0], 0.25), (figures[1], SensitivityPoint.ValueAt(figures[1], 0.5))];
        var loaded = SensitivityPoint.Load(files, point);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Diagnostics));
        Assert.Equal(EnsembleKey.Of(loaded.Scenario!, loaded.Variant!.ContentHash), EnsembleKey.Of(Hengyang.Loaded, SensitivityPoint.ContentHash(point)));
    }
}
