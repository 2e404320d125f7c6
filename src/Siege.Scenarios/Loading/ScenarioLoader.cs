using System.Security.Cryptography;
using System.Text;
using Siege.Scenarios.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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

        var top = new MapReader(main.Value, new Diagnostics(), "scenario");
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
        var content = new StringBuilder();
        if (Parse(files, files.MainFile, diagnostics, content, at: null) is not { } main) return new LoadResult(null, diagnostics.Items);
        var parts = new List<Located> { main };
        foreach (var (name, at) in new MapReader(main, new Diagnostics(), "scenario").Strings("include"))
            if (Parse(files, files.Resolve(files.MainFile, name), diagnostics, content, at) is { } included) parts.Add(included);
        if (!diagnostics.HasErrors) beforeReading(parts, diagnostics);
        if (diagnostics.HasErrors) return new LoadResult(null, diagnostics.Items);

        // The hash is of the files as written: the variant's own hash keys what was changed.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
        var loaded = new ScenarioReader(diagnostics).Read(parts, hash, files.MainFile);
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
        var scanner = new Scanner(new StringReader(text));
        try
        {
            var stream = new YamlStream();
            stream.Load(new Parser(scanner));
            if (stream.Documents.Count == 0)
            {
                diagnostics.Add(path, 1, 1, "the file is empty");
                return null;
            }
            return new Located(path, stream.Documents[0].RootNode);
        }
        catch (YamlException e)
        {
            diagnostics.Add(path, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {Describe(e)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unterminated flow collections; where it stopped is the place to look.
            var stopped = scanner.CurrentPosition;
            diagnostics.Add(path, (int)stopped.Line, (int)stopped.Column, "not valid YAML: an unterminated '{' or '[' collection");
            return null;
        }
    }

    // YamlDotNet prefixes its messages with the position; ours carries the position already.
    private static string Describe(YamlException e)
    {
        var message = (e.InnerException as YamlException ?? e).Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
