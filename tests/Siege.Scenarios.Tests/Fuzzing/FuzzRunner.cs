using System.Diagnostics;
using System.Globalization;
using CsCheck;
using Xunit.Abstractions;

namespace Siege.Scenarios.Tests.Fuzzing;

/// <summary>
/// Runs a property on a fixed number of cases drawn from a CsCheck generator, the same cases on every run. Case i is
/// drawn from <c>new PCG(i, seed)</c>: CsCheck's own <c>Sample(seed: …)</c> fixes only its first iteration and draws
/// the rest afresh, and CI must see the same cases as the developer who last ran them.
/// </summary>
/// <remarks>
/// Locally, <c>SIEGE_FUZZ_CASES=N</c> runs N cases instead (to search deeper), <c>SIEGE_FUZZ_SEED=S</c> draws them
/// from another seed, and <c>SIEGE_FUZZ_REPLAY=PCG</c> runs just the case printed with that PCG seed; the same
/// seed also replays in CsCheck as <c>gen.Sample(property, seed: PCG, iter: 1)</c>.
/// </remarks>
internal static class FuzzRunner
{
    /// <summary>How many failures are listed before the run stops: enough to see whether they share a cause (SIEGE_FUZZ_MAX_FAILURES).</summary>
    private static readonly int MaxFailures =
        int.TryParse(Environment.GetEnvironmentVariable("SIEGE_FUZZ_MAX_FAILURES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 5;

    public static void Run<T>(Gen<T> gen, int cases, ulong seed, Func<T, string> print, Action<T> property, ITestOutputHelper? log = null)
    {
        if (ulong.TryParse(Environment.GetEnvironmentVariable("SIEGE_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s)) seed = s;
        var pcgs = Seeds(cases, seed).ToList();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var (index, pcg) in pcgs)
        {
            var name = pcg.ToString();
            var value = gen.Generate(pcg, null, out _);
            try
            {
                property(value);
            }
            catch (Exception e)
            {
                failures.Add($"case {index} (replay: SIEGE_FUZZ_REPLAY={name}):\n  {print(value).Replace("\n", "\n  ")}\n  => {e.GetType().Name}: {e.Message.Replace("\n", "\n     ")}" +
                    (e is Xunit.Sdk.XunitException ? "" : $"\n{e.StackTrace}"));
                if (failures.Count == MaxFailures) break;
            }
        }
        log?.WriteLine($"{pcgs.Count} cases in {clock.Elapsed.TotalSeconds:0.0} s");
        if (failures.Count > 0)
            Assert.Fail($"{failures.Count} failing case(s) (of {pcgs.Count}, seed {seed}):\n" + string.Join("\n\n", failures));
    }

    private static IEnumerable<(int Index, PCG Pcg)> Seeds(int cases, ulong seed)
    {
        if (Environment.GetEnvironmentVariable("SIEGE_FUZZ_REPLAY") is { Length: > 0 } replay)
        {
            yield return (0, PCG.Parse(replay));
            yield break;
        }
        if (int.TryParse(Environment.GetEnvironmentVariable("SIEGE_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) cases = n;
        for (var i = 0; i < cases; i++) yield return (i, new PCG((uint)i, seed));
    }
}
