using System.Diagnostics;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Siege.Cli.Tests.Deploy;

/// <summary>
/// The Kubernetes Jobs of deploy/ are not applied to a cluster here (this machine has none): their container commands
/// are run as the pods would run them, each indexed pod with its JOB_COMPLETION_INDEX, the image's siege replaced by
/// this build and the shared volume by a folder, with fewer seeds than the manifest's 100,000.
/// </summary>
public sealed class KubernetesJobTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("siege-k8s-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (YamlMappingNode Spec, string Command) Job(string file)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot(), "deploy", "kubernetes", file))));
        var job = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal("batch/v1", job["apiVersion"].ToString());
        Assert.Equal("Job", job["kind"].ToString());
        var spec = (YamlMappingNode)job["spec"];
        var container = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)spec["template"])["spec"])["containers"])[0];
        Assert.Equal("siege:latest", container["image"].ToString());
        return (spec, ((YamlSequenceNode)container["args"])[0].ToString());
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void The_indexed_pods_and_the_merge_job_give_the_ensemble_of_all_the_seeds()
    {
        var (ensemble, shardCommand) = Job("siege-ensemble-job.yaml");
        var (_, mergeCommand) = Job("siege-merge-job.yaml");
        Assert.Equal("Indexed", ensemble["completionMode"].ToString());
        var pods = int.Parse(ensemble["completions"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"--shard $((JOB_COMPLETION_INDEX + 1))/{pods}", shardCommand);
        for (var index = 0; index < pods; index++) Shell(shardCommand, index);
        Shell(mergeCommand, index: null);

        var merged = JsonNode.Parse(File.ReadAllText(Path.Combine(_folder, "ensemble.json")))!.AsObject();
        Assert.Equal(0, merged["timing"]!["executed"]!.GetValue<int>());
        merged.Remove("timing");
        var single = CliRunner.Run("ensemble", "--runs", "17", "--seed", "1", "--store", Path.Combine(_folder, "one.db"), "--format", "json");
        var expected = JsonNode.Parse(single.Out)!.AsObject();
        expected.Remove("timing");
        Assert.Equal(expected.ToJsonString(), merged.ToJsonString());
    }

    private void Shell(string command, int? index)
    {
        var local = command
            .Replace("dotnet /app/siege.dll", $"dotnet \"{Path.Combine(AppContext.BaseDirectory, "siege.dll")}\"", StringComparison.Ordinal)
            .Replace("/runs/", _folder + "/", StringComparison.Ordinal)
            .Replace("--runs 100000", "--runs 17", StringComparison.Ordinal);
        var start = new ProcessStartInfo("/bin/sh", ["-c", local]) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (index is { } i) start.Environment["JOB_COMPLETION_INDEX"] = $"{i}";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "a pod's command did not finish");
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {error.Result}");
    }
}
