using Siege.Ensembles.Export;

namespace Siege.Cli.Infrastructure;

/// <summary>
/// The checks every option that writes a file or a folder goes through before any work is done, and the translation
/// of the file system's errors while writing into one line that names the option. A refusal is a
/// <see cref="CliException"/> reading <c>--out PATH: what is wrong</c>, which the command line prints after
/// <c>siege: </c> with exit code 2.
/// </summary>
internal static class OutputPaths
{
    /// <summary>
    /// Refuses a file output that is the run store in use, any SQLite database, a folder, or a file in a folder that
    /// does not exist. <paramref name="storeInUse"/> is the command's <c>--store</c>, or null if it has none.
    /// </summary>
    public static void CheckFile(string option, string path, string? storeInUse)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new CliException($"{option}: give the name of the file to write");
        Guard(option, path, () =>
        {
            RefuseTheStore(option, path, storeInUse);
            if (Directory.Exists(path)) throw Refusal(option, path, "is a folder; give the name of a file to write (inside it, for example)");
            if (SqliteFile.Is(path)) throw Refusal(option, path, "is an SQLite database (a run store?); siege never writes over one, so give another file name");
            RefuseAMissingFolder(option, path);
        });
    }

    /// <summary>
    /// Refuses a folder output that is the run store in use or an existing file, or that lies under a file. A folder
    /// that does not exist yet is made when the command writes into it.
    /// </summary>
    public static void CheckFolder(string option, string path, string? storeInUse)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new CliException($"{option}: give the name of the folder to write into");
        Guard(option, path, () =>
        {
            RefuseTheStore(option, path, storeInUse);
            if (File.Exists(path))
                throw Refusal(option, path, SqliteFile.Is(path) ? "is an SQLite database (a run store?), not a folder" : "is a file, not a folder; give a folder to write into (it is made if missing)");
            if (FilePaths.FileInTheWay(Path.Combine(path, "file")) is { } file) throw Refusal(option, path, $"{file} is a file, not a folder");
        });
    }

    /// <summary>Runs a write, turning a file-system error into one line that names the option and the path.</summary>
    public static T Writing<T>(string option, string path, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            throw Refusal(option, path, Reason(e));
        }
    }

    public static void Writing(string option, string path, Action write) => Writing(option, path, () =>
    {
        write();
        return true;
    });

    public static bool IsFileSystemError(Exception e) => e is IOException or UnauthorizedAccessException or System.Security.SecurityException;

    /// <summary>The exception's message as the end of a one-line sentence.</summary>
    public static string Reason(Exception e) => e.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.');

    internal static CliException Refusal(string option, string path, string reason) => new($"{option} {path}: {reason}");

    internal static void RefuseAMissingFolder(string option, string path)
    {
        if (FilePaths.FileInTheWay(path) is { } file) throw Refusal(option, path, $"{file} is a file, not a folder");
        var folder = FilePaths.FolderOf(path);
        if (!Directory.Exists(folder)) throw Refusal(option, path, $"the folder {folder} does not exist");
    }

    private static void RefuseTheStore(string option, string path, string? storeInUse)
    {
        if (storeInUse is null) return;
        // SQLite keeps a store's recent writes in STORE-wal (and its index in STORE-shm); they are the store too.
        foreach (var part in new[] { "", "-wal", "-shm", "-journal" })
            if (FilePaths.Same(path, storeInUse + part))
                throw Refusal(option, path, $"is {(part == "" ? "" : "part of ")}the run store in use (--store {storeInUse}); writing there would destroy the stored runs, so give another name");
    }

    /// <summary>A check that cannot even look at the path (no permission to read it) is reported as the path's problem.</summary>
    private static void Guard(string option, string path, Action check)
    {
        try
        {
            check();
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            throw Refusal(option, path, Reason(e));
        }
    }
}
