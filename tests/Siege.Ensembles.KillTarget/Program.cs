using System.Globalization;
using Siege.Engine.Simulation;
using Siege.Ensembles;
using Siege.Scenarios.Loading;

// Usage: KillTarget STORE RUNS BATCH COMMITS
// Runs seeds 1..RUNS of the embedded scenario into STORE, BATCH runs to a transaction, on two threads. After the
// COMMITS-th commit it prints "committed N" (N runs stored) and blocks the writer for good, while the workers go on
// filling the queue with runs that will never be committed: the state of an ensemble killed in full flight, reached at
// a point the test chooses rather than guessed from a file's size.
var store = args[0];
var runs = int.Parse(args[1], CultureInfo.InvariantCulture);
var batch = int.Parse(args[2], CultureInfo.InvariantCulture);
var commits = int.Parse(args[3], CultureInfo.InvariantCulture);

var loaded = ScenarioLoader.LoadEmbedded().Scenario ?? throw new InvalidOperationException("the embedded scenario does not load");
using var runStore = RunStore.Open(store);
var runner = new EnsembleRunner(SiegeModel.Compile(loaded.Scenario), runStore, EnsembleKey.Of(loaded)) { BatchSize = batch };
var seen = 0;
await runner.RunAsync(SeedRange.Of(1, runs), threads: 2, progress: p =>
{
    if (++seen < commits) return;
    Console.Out.WriteLine($"committed {p.Done}");
    Console.Out.Flush();
    Thread.Sleep(Timeout.Infinite);
});
Console.Out.WriteLine("finished without being killed");
return 1;
