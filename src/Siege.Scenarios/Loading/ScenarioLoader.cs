using System.Security.Cryptography;
using System.Text;
using Siege.Scenarios.Schema.Definitions;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Loading;

/// <summary>Either a loaded scenario or every problem found in it.</summary>
public sealed record LoadResult(LoadedScenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Scenario is not null && Diagnostics.Count == 0;

    /// <summary>What lint points out but loading does not need (an English text without its Chinese companion).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];
}

/// <summary>
/// Loads a scenario: parses the main file and its includes, reads every section into the engine's domain types and
/// checks every reference, collecting all problems instead of stopping at the first.
/// </summary>
public static class ScenarioLoader
{
    public const string DefaultScenarioId = "hengyang-1944";

    public static LoadResult LoadEmbedded(string scenarioId = DefaultScenarioId) => Load(new EmbeddedScenarioFiles(scenarioId));

    public static LoadResult LoadPath(string path) => Load(new DiskScenarioFiles(path));

    public static LoadResult Load(IScenarioFiles files)
    {
        var diagnostics = new Diagnostics();
        var parts = new List<Located>();
        var content = new StringBuilder();

        var main = Parse(files, files.MainFile, diagnostics, content, at: null);
        if (main is null) return new LoadResult(null, diagnostics.Items);
        parts.Add(main.Value);

        var top = new MapReader(main.Value, new Diagnostics(), "scenario", ScenarioDefinition.Scenario);
        foreach (var (name, at) in top.Strings("include"))
        {
            var path = files.Resolve(files.MainFile, name);
            if (Parse(files, path, diagnostics, content, at) is { } included) parts.Add(included);
        }
        if (diagnostics.HasErrors) return new LoadResult(null, diagnostics.Items);

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
        var loaded = new ScenarioReader(diagnostics).Read(parts, hash, files.MainFile);
        return Result(loaded, diagnostics);
    }

    /// <summary>
    /// As <see cref="Load(IScenarioFiles)"/>, but hands the parsed files to <paramref name="beforeReading"/> first: a
    /// variant changes the YAML there, so every check of the reader and every file:line:col apply to the result.
    /// </summary>
    internal static LoadResult Load(IScenarioFiles files, Action<IReadOnlyList<Located>, Diagnostics> beforeReading)
    {
        var diagnostics = new Diagnostics();
        if (ParseParts(files, diagnostics) is not { } parsed) return new LoadResult(null, diagnostics.Items);
        beforeReading(parsed.Parts, diagnostics);
        if (diagnostics.HasErrors) return new LoadResult(null, diagnostics.Items);
        return Read(parsed.Parts, parsed.Hash, files.MainFile, diagnostics);
    }

    /// <summary>
    /// The scenario's files parsed (the main file first, then its includes) and the hash of their text as written; null
    /// after reporting why, when a file is missing or not YAML.
    /// </summary>
    internal static (List<Located> Parts, string Hash)? ParseParts(IScenarioFiles files, Diagnostics diagnostics)
    {
        var content = new StringBuilder();
        if (Parse(files, files.MainFile, diagnostics, content, at: null) is not { } main) return null;
        var parts = new List<Located> { main };
        foreach (var (name, at) in new MapReader(main, new Diagnostics(), "scenario", ScenarioDefinition.Scenario).Strings("include"))
            if (Parse(files, files.Resolve(files.MainFile, name), diagnostics, content, at) is { } included) parts.Add(included);
        if (diagnostics.HasErrors) return null;
        // The hash is of the files as written: a variant's own hash keys what was changed.
        return (parts, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString()))));
    }

    /// <summary>Reads parsed files (<see cref="ParseParts"/>, perhaps changed since) into a scenario, with every check.</summary>
    internal static LoadResult Read(IReadOnlyList<Located> parts, string hash, string mainFile, Diagnostics diagnostics)
    {
        var loaded = new ScenarioReader(diagnostics).Read(parts, hash, mainFile);
        return Result(loaded, diagnostics);
    }

    private static LoadResult Result(LoadedScenario? loaded, Diagnostics diagnostics) =>
        (diagnostics.HasErrors ? new LoadResult(null, diagnostics.Items) : new LoadResult(loaded, [])) with { Warnings = diagnostics.Warnings };

    private static Located? Parse(IScenarioFiles files, string path, Diagnostics diagnostics, StringBuilder content, Located? at)
    {
        var text = files.Read(path);
        if (text is null)
        {
            if (at is { } include) diagnostics.Add(include, $"included file '{MapReader.Text(include)}' does not exist");
            else diagnostics.Add(path, 1, 1, "scenario file does not exist");
            return null;
        }
        content.Append(Path.GetFileName(path)).Append('\n').Append(text).Append('\n');
        return YamlText.Parse(path, text, diagnostics);
    }
}
