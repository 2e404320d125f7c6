using Json.Schema;
using Siege.Scenarios.Schema;
using Siege.Scenarios.Tests.Variants;

namespace Siege.Scenarios.Tests.Schema;

/// <summary>The committed schemas, the shipped YAML files, and which schema each file names in its first line.</summary>
internal static class ShippedSchemas
{
    public static readonly string Folder = Path.Combine(RepositoryPaths.Root, ScenarioSchemas.Folder);

    /// <summary>Every YAML file under scenarios/, variants included, by path relative to the repository.</summary>
    public static IEnumerable<string> YamlFiles() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "scenarios"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>The schema a shipped file should name: its variant's, or its scenario part's.</summary>
    public static string ExpectedSchema(string relativePath) =>
        Path.GetFileName(Path.GetDirectoryName(relativePath)) == "variants" ? ScenarioSchemas.VariantSchema : ScenarioSchemas.ForScenarioFile(relativePath);

    /// <summary>The committed schema file of that name, built for evaluation.</summary>
    public static JsonSchema Load(string name) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, name)));

    /// <summary>The problems the schema finds in the YAML text, one line each ("" when it is valid).</summary>
    public static string Problems(JsonSchema schema, string yaml)
    {
        var result = schema.Evaluate(YamlToJson.Convert(yaml), new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        return result.IsValid ? "" : string.Join("\n", Errors(result).Prepend("invalid"));
    }

    // Only the failures that make the whole fail: a branch of an anyOf that another branch satisfied is not one.
    private static IEnumerable<string> Errors(EvaluationResults result)
    {
        if (result.IsValid) yield break;
        foreach (var (keyword, message) in result.Errors ?? new Dictionary<string, string>())
            yield return $"{result.InstanceLocation} ({result.EvaluationPath}): {keyword}: {message}";
        foreach (var error in (result.Details ?? []).SelectMany(Errors)) yield return error;
    }
}
