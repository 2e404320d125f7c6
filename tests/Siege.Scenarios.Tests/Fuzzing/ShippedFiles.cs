using Siege.Scenarios.Tests.Variants;

namespace Siege.Scenarios.Tests.Fuzzing;

/// <summary>
/// The Hengyang scenario's files and its variants as shipped, read once from the checkout, and the same files with
/// mutations applied. Files are named as the embedded copy names them (<c>scenarios/hengyang-1944/map.yaml</c>).
/// </summary>
internal static class ShippedFiles
{
    public const string Folder = "scenarios/hengyang-1944/";
    public const string MainFile = Folder + "scenario.yaml";

    /// <summary>The scenario's files in name order.</summary>
    public static readonly IReadOnlyList<(string Name, byte[] Bytes)> Scenario = ReadFolder(RepositoryPaths.Hengyang, Folder);

    /// <summary>The variant files in name order.</summary>
    public static readonly IReadOnlyList<(string Name, byte[] Bytes)> Variants =
        ReadFolder(Path.Combine(RepositoryPaths.Hengyang, "variants"), Folder + "variants/");

    private static List<(string, byte[])> ReadFolder(string folder, string prefix) =>
        Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => (prefix + Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();

    /// <summary>The files after the mutations, in order, and what each did.</summary>
    public static (Dictionary<string, byte[]> Files, List<string> Steps) Mutate(
        IReadOnlyList<(string Name, byte[] Bytes)> files, IEnumerable<Mutation> mutations, IReadOnlyList<string> tokens)
    {
        var result = files.ToDictionary(f => f.Name, f => f.Bytes, StringComparer.Ordinal);
        var steps = new List<string>();
        foreach (var m in mutations)
        {
            var name = files[m.File % files.Count].Name;
            var (bytes, description) = m.Apply(result[name], tokens);
            result[name] = bytes;
            steps.Add($"{name}: {description}");
        }
        return (result, steps);
    }

    public static InMemoryScenarioFiles Unchanged() => new(MainFile, Scenario.ToDictionary(f => f.Name, f => f.Bytes, StringComparer.Ordinal));
}
