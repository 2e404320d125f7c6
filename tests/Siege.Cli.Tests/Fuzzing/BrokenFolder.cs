namespace Siege.Cli.Tests.Fuzzing;

/// <summary>
/// A copy of the shipped Hengyang folder (its variants included) in a fresh temporary folder, to be broken on disk
/// and handed to the command line as a user would hand it a folder of their own; deleted when disposed.
/// </summary>
internal sealed class BrokenFolder : IDisposable
{
    public BrokenFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "siege-fuzz-" + Guid.NewGuid().ToString("N"));
        var shipped = System.IO.Path.Combine(CliRunner.RepositoryRoot(), "scenarios", "hengyang-1944");
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "variants"));
        foreach (var file in Directory.GetFiles(shipped, "*.yaml"))
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(shipped, "variants"), "*.yaml"))
            File.Copy(file, System.IO.Path.Combine(Path, "variants", System.IO.Path.GetFileName(file)));
    }

    public string Path { get; }

    public string FileIn(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Replaces the first occurrence of <paramref name="old"/> in a file of the folder (which must contain it).</summary>
    public void Replace(string name, string old, string replacement)
    {
        var text = File.ReadAllText(FileIn(name));
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{name} has no '{old}'");
        File.WriteAllText(FileIn(name), text[..at] + replacement + text[(at + old.Length)..]);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
