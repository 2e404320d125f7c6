namespace Siege.Ensembles.Export;

/// <summary>Recognises an SQLite database by its header, whatever the file is called.</summary>
public static class SqliteFile
{
    /// <summary>The first 16 bytes of every SQLite 3 database file ("SQLite format 3" and a zero byte).</summary>
    private static ReadOnlySpan<byte> Header => "SQLite format 3\0"u8;

    /// <summary>Whether <paramref name="path"/> is an existing file that starts with the SQLite header.</summary>
    public static bool Is(string path)
    {
        if (!File.Exists(path) || AtomicFile.IsDevice(path)) return false;
        Span<byte> start = stackalloc byte[16];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.SequenceEqual(Header);
    }
}
