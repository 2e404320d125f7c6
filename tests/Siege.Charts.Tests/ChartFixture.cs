using Siege.Engine.Simulation;
using Siege.Ensembles;
using Siege.Scenarios.Loading;

namespace Siege.Charts.Tests;

/// <summary>
/// A store filled by the real runner with 40 seeds of the embedded Hengyang scenario, and the ensemble charts written
/// from it, shared by the tests of a class because the runs take a few seconds. Set SIEGE_CHART_DIR to keep the
/// charts in that directory for looking at them; otherwise they go to a temporary directory that is removed.
/// </summary>
public sealed class ChartFixture : IAsyncLifetime
{
    public static readonly SeedRange Seeds = SeedRange.Of(1, 40);

    private readonly string _storePath = Path.Combine(Path.GetTempPath(), $"siege-charts-{Guid.NewGuid():N}.db");
    private readonly string? _kept = Environment.GetEnvironmentVariable("SIEGE_CHART_DIR");

    public ChartFixture()
    {
        Directory = _kept ?? Path.Combine(Path.GetTempPath(), $"siege-charts-{Guid.NewGuid():N}");
        Loaded = ScenarioLoader.LoadEmbedded().Scenario ?? throw new InvalidOperationException("the embedded scenario did not load");
        Key = EnsembleKey.Of(Loaded);
        Store = RunStore.Open(_storePath);
    }

    public string Directory { get; }

    public LoadedScenario Loaded { get; }

    public EnsembleKey Key { get; }

    public RunStore Store { get; }

    public IReadOnlyList<string> Files { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await new EnsembleRunner(SiegeModel.Compile(Loaded.Scenario), Store, Key).RunAsync(Seeds, 1);
        Files = EnsembleCharts.Write(Store, Loaded, Key, Seeds, Directory);
    }

    public Task DisposeAsync()
    {
        Store.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_storePath + suffix);
        if (_kept is null && System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}
