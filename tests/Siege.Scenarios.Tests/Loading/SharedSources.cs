using System.Security.Cryptography;
using Siege.Scenarios.Tests.Variants;

namespace Siege.Scenarios.Tests.Loading;

/// <summary>
/// The project's copies of its sources, in a folder shared/sources that sits beside the checkout (../shared in CI;
/// for a git worktree kept further down, the first such folder above it): the nearest folder above the repository that has one.
/// </summary>
internal static class SharedSources
{
    public static string? Find(string fileName)
    {
        for (var folder = Directory.GetParent(RepositoryPaths.Root); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "sources", fileName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

/// <summary>A fact that needs a file of shared/sources; without one it is skipped, and the runner shows why.</summary>
public sealed class SharedSourceFactAttribute : FactAttribute
{
    public SharedSourceFactAttribute(string fileName)
    {
        if (SharedSources.Find(fileName) is null)
            Skip = $"no shared/sources/{fileName} in any folder above the repository: the project's copy of the source is not on this machine";
    }
}
