using BenchmarkDotNet.Attributes;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;

namespace Siege.Benchmarks;

/// <summary>
/// One full run of the embedded Hengyang scenario on one core: the figure the README reports against the target
/// of at most 2 ms median. Each invocation uses the next seed, so no run is a replay of a warmed-up one.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class HengyangRunBenchmark
{
    private SiegeModel _model = null!;
    private ulong _seed;

    [GlobalSetup]
    public void Setup() => _model = SiegeModel.Compile(ScenarioLoader.LoadEmbedded().Scenario!.Scenario);

    [Benchmark]
    public double FullRun() => _model.Run(++_seed).DurationDays;
}

/// <summary>Loading and checking the scenario from its embedded YAML, the cost paid once per command.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ScenarioLoadBenchmark
{
    [Benchmark]
    public int LoadAndLint() => ScenarioLoader.LoadEmbedded().Scenario!.Scenario.Map.Positions.Length;
}
