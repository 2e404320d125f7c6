using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Siege.Benchmarks.HengyangRunBenchmark).Assembly).Run(args);
