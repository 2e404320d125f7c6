using System.Diagnostics;

namespace Siege.Ensembles.Tests;

/// <summary>
/// An ensemble process killed with SIGKILL in full flight (runs committed, more finished but not yet committed) leaves
/// a store that holds exactly the committed runs, and the next invocation completes it to the summary of an
/// uninterrupted ensemble. The child (Siege.Ensembles.KillTarget) stops after a chosen number of commits and says so,
/// so the kill always lands at the same point, whatever the speed of the machine.
/// </summary>
public sealed class KillAndResumeTests
{
    private const int Runs = 400;
    private const int Batch = 16;
    private const int CommitsBeforeKill = 5;
    private static readonly SeedRange Seeds = SeedRange.Of(1, Runs);

    [Fact]
    public async Task A_killed_ensemble_keeps_exactly_its_committed_runs_and_resumes_to_the_same_summary()
    {
        using var killed = new TempStore();
        var child = Process.Start(new ProcessStartInfo("dotnet",
            [ChildPath(), killed.Path, $"{Runs}", $"{Batch}", $"{CommitsBeforeKill}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        string? said = null;
        try
        {
            var line = child.StandardOutput.ReadLineAsync();
            if (await Task.WhenAny(line, Task.Delay(TimeSpan.FromSeconds(120))) == line) said = await line;
        }
        finally
        {
            child.Kill(entireProcessTree: true); // SIGKILL: no finally blocks, no disposal, no checkpoint in the child
            await child.WaitForExitAsync();
        }
        Assert.True(said is not null, $"the child said nothing within 120 s: {await child.StandardError.ReadToEndAsync()}");
        Assert.Equal($"committed {CommitsBeforeKill * Batch}", said);
        using (var store = killed.Open())
        {
            // Exactly the committed batches, seeds whole: no half-written run, nothing of the runs in flight.
            Assert.Equal(CommitsBeforeKill * Batch, store.Count(Hengyang.Key));
            var report = await new EnsembleRunner(Hengyang.Model, store, Hengyang.Key).RunAsync(Seeds, threads: 2);
            Assert.Equal((CommitsBeforeKill * Batch, Runs - CommitsBeforeKill * Batch), (report.Reused, report.Executed));
            Assert.Equal(Enumerable.Range(1, Runs).Select(i => (ulong)i), store.ReadRuns(Hengyang.Key, Seeds).Select(r => r.Seed));
            Assert.Equal(Uninterrupted(), Json(store));
        }
    }

    private static string Uninterrupted()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        new EnsembleRunner(Hengyang.Model, store, Hengyang.Key).RunAsync(Seeds, threads: 1).GetAwaiter().GetResult();
        return Json(store);
    }

    private static string Json(RunStore store) =>
        EnsembleJson.Serialize(Aggregator.Summarize(store, Hengyang.Loaded, Hengyang.Key, Seeds), includeTiming: false);

    private static string ChildPath() =>
        Path.Combine(AppContext.BaseDirectory, "Siege.Ensembles.KillTarget.dll") is var path && File.Exists(path)
            ? path
            : throw new FileNotFoundException("the kill target is built beside the tests (a project reference)", path);
}
