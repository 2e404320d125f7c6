using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;

namespace Siege.Ensembles.Tests;

/// <summary>The embedded Hengyang scenario, loaded and compiled once for all tests.</summary>
internal static class Hengyang
{
    private static readonly Lazy<(LoadedScenario Loaded, SiegeModel Model)> Compiled = new(() =>
    {
        var result = ScenarioLoader.LoadEmbedded();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result.Scenario!, SiegeModel.Compile(result.Scenario!.Scenario));
    });

    public static LoadedScenario Loaded => Compiled.Value.Loaded;

    public static SiegeModel Model => Compiled.Value.Model;

    public static EnsembleKey Key => EnsembleKey.Of(Loaded);
}
