using System.Diagnostics;
using System.Globalization;
using CsCheck;

namespace Siege.Testing;

/// <summary>
/// Runs a property on a fixed number of cases drawn from a CsCheck generator: the same cases on every run and every
/// machine. Case i is drawn from <c>new PCG(i, seed)</c>. CsCheck's own <c>Sample(seed: …)</c> fixes only its first
/// iteration and draws the others afresh, so a property could pass for the developer and fail in CI on a case nobody
/// can reproduce; here a failure prints its seed, the case and a replay value, and running again fails the same way.
/// </summary>
/// <remarks>
/// Environment variables with the runner's prefix (<c>SIEGE_PROPERTY</c> unless the caller gives another):
/// <c>_CASES=N</c> runs N cases instead (to search deeper locally), <c>_SEED=S</c> draws them from another seed, and
/// <c>_REPLAY=PCG</c> runs only the case printed with that value.
/// </remarks>
public static class FixedSeedProperty
{
    public const string DefaultPrefix = "SIEGE_PROPERTY";

    /// <summary>Checks that <paramref name="property"/> holds (returns true) for every case.</summary>
    public static void Check<T>(Gen<T> gen, Func<T, bool> property, int cases, ulong seed, Func<T, string>? print = null) =>
        Check(gen, value =>
        {
            if (!property(value)) throw new PropertyFailedException("the property does not hold");
        }, cases, seed, print);

    /// <summary>Checks that <paramref name="property"/> throws for no case (assertions inside it fail it).</summary>
    public static void Check<T>(
        Gen<T> gen, Action<T> property, int cases, ulong seed, Func<T, string>? print = null,
        Action<string>? log = null, string prefix = DefaultPrefix, int maxFailures = 5)
    {
        if (ulong.TryParse(Environment.GetEnvironmentVariable(prefix + "_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s)) seed = s;
        var pcgs = Seeds(cases, seed, prefix).ToList();
        print ??= value => $"{value}";
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var (index, pcg) in pcgs)
        {
            var replay = pcg.ToString(); // before drawing: drawing advances the generator
            var value = gen.Generate(pcg, null, out _);
            try
            {
                property(value);
            }
            catch (Exception e)
            {
                var expected = e is PropertyFailedException || e.GetType().FullName?.StartsWith("Xunit.Sdk.", StringComparison.Ordinal) == true;
                failures.Add($"case {index} (replay: {prefix}_REPLAY={replay}):\n  {print(value).Replace("\n", "\n  ")}\n  => {e.GetType().Name}: {e.Message.Replace("\n", "\n     ")}" +
                    (expected ? "" : $"\n{e.StackTrace}"));
                if (failures.Count == maxFailures) break;
            }
        }
        log?.Invoke($"{pcgs.Count} cases from seed {seed} in {clock.Elapsed.TotalSeconds:0.0} s");
        if (failures.Count > 0)
            throw new PropertyFailedException($"{failures.Count} failing case(s) of {pcgs.Count}, drawn from seed {seed}:\n" + string.Join("\n\n", failures));
    }

    private static IEnumerable<(int Index, PCG Pcg)> Seeds(int cases, ulong seed, string prefix)
    {
        if (Environment.GetEnvironmentVariable(prefix + "_REPLAY") is { Length: > 0 } replay)
        {
            yield return (0, PCG.Parse(replay));
            yield break;
        }
        if (int.TryParse(Environment.GetEnvironmentVariable(prefix + "_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) cases = n;
        for (var i = 0; i < cases; i++) yield return (i, new PCG((uint)i, seed));
    }
}

/// <summary>A property that failed for at least one case; the message lists the cases and how to replay them.</summary>
public sealed class PropertyFailedException(string message) : Exception(message);
