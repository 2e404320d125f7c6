using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Siege.Engine.Simulation;
using Siege.Ensembles;
using Siege.Scenarios.Loading;

namespace Siege.Benchmarks;

/// <summary>
/// What <c>siege ensemble --runs 1000</c> does after start-up: 1,000 Hengyang runs into a fresh run store on one or
/// two worker threads, then the summary read back from the store. Reported per run (OperationsPerInvoke), so
/// 1 / mean is the runs per second an ensemble reaches; the figure the README reports against the target of
/// 100,000 runs in 60 s (0.6 ms a run on two threads).
/// </summary>
/// <remarks>
/// A few one-shot iterations (each is a second or so of work and writes a fresh file), not BenchmarkDotNet's
/// default of many: the spread between iterations on a shared machine is larger than what more of them would add.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class EnsembleBenchmark
{
    private const int Runs = 1000;

    private LoadedScenario _loaded = null!;
    private SiegeModel _model = null!;
    private EnsembleKey _key = null!;
    private string _path = "";

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _loaded = ScenarioLoader.LoadEmbedded().Scenario!;
        _model = SiegeModel.Compile(_loaded.Scenario);
        _key = EnsembleKey.Of(_loaded);
    }

    [IterationSetup]
    public void FreshStore() => _path = Path.Combine(Path.GetTempPath(), $"siege-bench-{Guid.NewGuid():N}.db");

    [IterationCleanup]
    public void DeleteStore()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_path + suffix);
    }

    [Benchmark(OperationsPerInvoke = Runs)]
    public int RunsIntoAFreshStore()
    {
        using var store = RunStore.Open(_path);
        var seeds = SeedRange.Of(1, Runs);
        new EnsembleRunner(_model, store, _key).RunAsync(seeds, Threads).GetAwaiter().GetResult();
        return Aggregator.Summarize(store, _loaded, _key, seeds).Runs;
    }
}
