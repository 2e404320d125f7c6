using Xunit.Abstractions;

namespace Siege.Scenarios.Tests.Fuzzing;

/// <summary>
/// The scenario fuzzing's cases: the shared fixed-seed runner (<see cref="FixedSeedProperty"/>) with its own
/// environment variables, so a deep local search does not also deepen every other property.
/// </summary>
/// <remarks>
/// Locally, <c>SIEGE_FUZZ_CASES=N</c> runs N cases instead (to search deeper), <c>SIEGE_FUZZ_SEED=S</c> draws them
/// from another seed, <c>SIEGE_FUZZ_REPLAY=PCG</c> runs just the case printed with that PCG value, and
/// <c>SIEGE_FUZZ_MAX_FAILURES</c> sets how many failures are listed before the run stops (default 5).
/// </remarks>
internal static class FuzzRunner
{
    private static readonly int MaxFailures =
        int.TryParse(Environment.GetEnvironmentVariable("SIEGE_FUZZ_MAX_FAILURES"), out var n) && n > 0 ? n : 5;

    public static void Run<T>(CsCheck.Gen<T> gen, int cases, ulong seed, Func<T, string> print, Action<T> property, ITestOutputHelper? log = null) =>
        FixedSeedProperty.Check(gen, property, cases, seed, print, log is null ? null : log.WriteLine, prefix: "SIEGE_FUZZ", maxFailures: MaxFailures);
}
