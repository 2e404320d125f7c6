namespace Siege.Testing;

/// <summary>Where the repository is, for tests that read its files (scenarios, docs, sources).</summary>
public static class Repository
{
    /// <summary>The first folder above the test binaries that holds Siege.slnx.</summary>
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Siege.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"no Siege.slnx above {AppContext.BaseDirectory}: the tests must run inside the repository");
    }
}
