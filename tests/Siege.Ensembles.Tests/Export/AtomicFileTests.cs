using Siege.Ensembles.Export;

namespace Siege.Ensembles.Tests.Export;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("siege-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string In(string name) => Path.Combine(_folder, name);

    [Fact]
    public void A_writer_that_fails_midway_leaves_the_old_file_and_no_temporary_file()
    {
        var path = In("runs.csv");
        File.WriteAllText(path, "the old export\n");

        var failure = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("seed,run_hash\r\n1,"u8);
            throw new IOException("disk full (simulated)");
        }));

        Assert.Equal("disk full (simulated)", failure.Message);
        Assert.Equal("the old export\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task An_asynchronous_writer_that_fails_leaves_the_old_file()
    {
        var path = In("runs.parquet");
        File.WriteAllBytes(path, [1, 2, 3]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAsync(path, async stream =>
        {
            await stream.WriteAsync(new byte[4096]);
            throw new InvalidOperationException("the table ended early");
        }));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_finished_write_replaces_the_file_whole()
    {
        var path = In("report.html");
        File.WriteAllText(path, new string('x', 10_000));

        AtomicFile.WriteAllText(path, "<!DOCTYPE html>");

        Assert.Equal("<!DOCTYPE html>", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void An_sqlite_database_is_never_replaced()
    {
        var path = In("siege-runs.db");
        using (var store = RunStore.Open(path)) { }
        var before = File.ReadAllBytes(path);

        var failure = Assert.Throws<IOException>(() => AtomicFile.WriteAllText(path, "seed,run_hash\r\n"));

        Assert.Contains("is an SQLite database", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.DoesNotContain(Directory.GetFiles(_folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symbolic_link_is_written_through_and_stays_a_link()
    {
        var target = In("target.csv");
        var link = In("link.csv");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(link, target);

        AtomicFile.WriteAllText(link, "new");

        Assert.Equal("new", File.ReadAllText(target));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void A_missing_folder_is_an_error_about_the_path_not_a_leftover()
    {
        var path = In(Path.Combine("missing", "runs.csv"));
        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.WriteAllText(path, "x"));
        Assert.False(Directory.Exists(In("missing")));
    }

    [Fact]
    public void A_device_is_written_to_directly_and_never_read()
    {
        // Windows has no /dev; there every path is a file and goes through the temporary file.
        if (OperatingSystem.IsWindows()) return;
        Assert.True(AtomicFile.IsDevice("/dev/null"));
        Assert.False(AtomicFile.IsDevice(In("runs.csv")));
        Assert.False(SqliteFile.Is("/dev/null"));

        AtomicFile.WriteAllText("/dev/null", "seed,run_hash\r\n");

        // Renamed over, /dev/null would be a file holding the text; written to, it still reads as nothing.
        Assert.Equal("", File.ReadAllText("/dev/null"));
        Assert.Empty(Directory.GetFiles("/dev", ".null.*"));
    }
}
