namespace Siege.Ensembles.Export;

/// <summary>
/// Writes a file so that it is either wholly replaced or left as it was: the content goes to a temporary file in the
/// same folder, which is flushed to disk and then renamed over the target (a rename within one folder is atomic on
/// the file systems .NET runs on). A writer that fails midway, a full disk or a killed process leaves the old file
/// untouched; at worst a hidden <c>.NAME.*.tmp</c> file remains beside it. A device (<c>/dev/stdout</c>,
/// <c>/dev/null</c>) has no old content to keep and cannot be renamed over, so it is written directly.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, which is handed the temporary file's stream.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        if (IsDevice(path))
        {
            using var device = new FileStream(path, FileMode.Open, FileAccess.Write);
            write(device);
            return;
        }
        var (target, temporary) = Prepare(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            Commit(temporary, target);
        }
        catch
        {
            Discard(temporary);
            throw;
        }
    }

    /// <summary>As <see cref="Write"/>, for writers that work asynchronously (Parquet).</summary>
    public static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        if (IsDevice(path))
        {
            await using var device = new FileStream(path, FileMode.Open, FileAccess.Write);
            await write(device);
            return;
        }
        var (target, temporary) = Prepare(path);
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await write(stream);
                stream.Flush(flushToDisk: true);
            }
            Commit(temporary, target);
        }
        catch
        {
            Discard(temporary);
            throw;
        }
    }

    public static void WriteAllText(string path, string text) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(text);
        });

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>
    /// Whether the path is a device or a process's stream on Linux or macOS (under <c>/dev</c> or <c>/proc</c>, links
    /// followed): those are written to, never read (reading <c>/dev/stdout</c> of a pipe waits for ever) or replaced.
    /// </summary>
    public static bool IsDevice(string path)
    {
        if (OperatingSystem.IsWindows()) return false;
        var full = Path.GetFullPath(path);
        for (var links = 0; links < 40 && new FileInfo(full).LinkTarget is { } target; links++)
            full = Path.GetFullPath(target, Path.GetDirectoryName(full) ?? "/");
        return full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
    }

    /// <summary>
    /// The file to replace (through a symbolic link to its final target, so the link stays a link) and a new
    /// temporary name beside it.
    /// </summary>
    private static (string Target, string Temporary) Prepare(string path)
    {
        var target = Path.GetFullPath(path);
        // File.Exists follows links: a link to a missing file is replaced like any missing file.
        if (new FileInfo(target).LinkTarget is not null && File.Exists(target)
            && new FileInfo(target).ResolveLinkTarget(returnFinalTarget: true) is { } linked)
            target = linked.FullName;
        var folder = Path.GetDirectoryName(target) ?? throw new IOException($"{path}: not a file name");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}.tmp");
        return (target, temporary);
    }

    private static void Discard(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write's own failure is the one to report; a temporary file that cannot be removed is only litter.
        }
    }

    private static void Commit(string temporary, string target)
    {
        // The last guard of the run stores: whatever name a caller passes, a database is never replaced by an export.
        if (SqliteFile.Is(target)) throw new IOException($"{target} is an SQLite database (a run store?); it was not overwritten");
        File.Move(temporary, target, overwrite: true);
    }
}
