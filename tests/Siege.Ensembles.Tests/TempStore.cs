namespace Siege.Ensembles.Tests;

/// <summary>A store file under the temp folder, deleted (with its WAL and shared-memory files) afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"siege-ensembles-{Guid.NewGuid():N}.db");

    public RunStore Open() => RunStore.Open(Path);

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
    }
}
