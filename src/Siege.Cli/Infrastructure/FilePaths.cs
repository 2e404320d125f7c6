namespace Siege.Cli.Infrastructure;

/// <summary>Names of files as the file system sees them, so that two spellings of one file compare equal.</summary>
internal static class FilePaths
{
    /// <summary>Linux allows 40 links along one path before it gives up (ELOOP); so do we.</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The absolute, normalised path with every symbolic link along it followed (of the folders and of the file),
    /// as far as the path exists; the missing rest is appended as written.
    /// </summary>
    public static string Canonical(string path) => Canonical(Path.GetFullPath(path), MaxLinks);

    /// <summary>Whether two paths name the same file (after <see cref="Canonical(string)"/>).</summary>
    public static bool Same(string a, string b) => string.Equals(Canonical(a), Canonical(b), Comparison);

    /// <summary>Windows and macOS file systems ignore case by default; Linux file systems do not.</summary>
    public static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The folder a file would be written into, as the user wrote it where possible ("." for a bare name).</summary>
    public static string FolderOf(string path)
    {
        var folder = Path.GetDirectoryName(path);
        return string.IsNullOrEmpty(folder) ? Path.GetDirectoryName(Path.GetFullPath(path)) ?? "." : folder;
    }

    /// <summary>The nearest folder on the way up from <paramref name="path"/> that exists as a file instead, if any.</summary>
    public static string? FileInTheWay(string path)
    {
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(path)); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder)) return null;
            if (File.Exists(folder)) return folder;
        }
        return null;
    }

    private static string Canonical(string full, int linksLeft)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var parts = full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        var resolved = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(resolved, parts[i]);
            // LinkTarget is read from the entry itself, so a link whose target is missing is still followed.
            var target = new FileInfo(next).LinkTarget;
            if (target is not null && linksLeft > 0)
            {
                var followed = Path.GetFullPath(target, resolved);
                return Canonical(Path.Combine([followed, .. parts[(i + 1)..]]), linksLeft - 1);
            }
            resolved = next;
        }
        return resolved;
    }
}
