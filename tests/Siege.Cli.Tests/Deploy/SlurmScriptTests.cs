using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Siege.Cli.Tests.Deploy;

/// <summary>
/// The Slurm scripts of deploy/ run as a job array would run them (SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT set,
/// one task after another), with this build of siege on PATH: the merged ensemble must be the ensemble of all the seeds.
/// </summary>
public sealed class SlurmScriptTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("siege-slurm-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The scripts are bash for Linux clusters; so is the shim that puts this build of siege on their PATH.
    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void The_array_tasks_and_the_merge_job_give_the_ensemble_of_all_the_seeds()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        var shim = Path.Combine(bin, "siege");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "siege.dll")}\" \"$@\"\n");
        File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var output = Path.Combine(_folder, "out");
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH"),
            ["RUNS"] = "11",
            ["SEED"] = "4",
            ["OUT"] = output,
        };

        for (var k = 1; k <= 3; k++)
            Bash("slurm/siege-ensemble.sbatch", new(environment) { ["SLURM_ARRAY_TASK_ID"] = $"{k}", ["SLURM_ARRAY_TASK_COUNT"] = "3" });
        Bash("slurm/siege-merge.sbatch", environment);

        var merged = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "ensemble.json")))!.AsObject();
        Assert.Equal(0, merged["timing"]!["executed"]!.GetValue<int>());
        merged.Remove("timing");
        var single = CliRunner.Run("ensemble", "--runs", "11", "--seed", "4", "--store", Path.Combine(_folder, "one.db"), "--format", "json");
        var expected = JsonNode.Parse(single.Out)!.AsObject();
        expected.Remove("timing");
        Assert.Equal(expected.ToJsonString(), merged.ToJsonString());
    }

    private static void Bash(string script, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(CliRunner.RepositoryRoot(), "deploy", script)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{script} did not finish");
        Assert.True(process.ExitCode == 0, $"{script} exited with {process.ExitCode}: {error.Result}");
    }
}
