using Siege.Scenarios.Loading;
using Siege.Scenarios.Variants;

namespace Siege.Cli.Commands;

/// <summary>A scenario as the options name it (a path, or the embedded Hengyang one) with an optional variant applied.</summary>
internal sealed record ScenarioChoice(LoadedScenario Loaded, Variant? Variant);

internal static class ScenarioOption
{
    /// <summary>Loads the scenario at <paramref name="path"/>, or the embedded Hengyang scenario when none is given.</summary>
    public static LoadResult Load(string? path)
    {
        if (path is null) return ScenarioLoader.LoadEmbedded();
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new CliException($"{path}: no such scenario file or folder");
        return ScenarioLoader.LoadPath(path);
    }

    /// <summary>Loads and insists on success: any problem is reported in full and ends the command.</summary>
    public static LoadedScenario LoadOrFail(string? path, CliOutput output) => LoadOrFail(path, null, output).Loaded;

    /// <summary>The scenario with the variant applied; a variant is a file path or the name of one shipped with the scenario.</summary>
    public static ScenarioChoice LoadOrFail(string? path, string? variant, CliOutput output)
    {
        if (variant is null)
        {
            var result = Load(path);
            Fail(result.Diagnostics, output, path);
            return new ScenarioChoice(result.Scenario!, null);
        }
        var loaded = LoadVariant(path, variant);
        Fail(loaded.Diagnostics, output, path);
        return new ScenarioChoice(loaded.Scenario!, loaded.Variant);
    }

    public static VariantLoadResult LoadVariant(string? path, string variant)
    {
        if (path is not null && !File.Exists(path) && !Directory.Exists(path))
            throw new CliException($"{path}: no such scenario file or folder");
        var shipped = ShippedVariants.Of(path);
        if (File.Exists(variant)) return VariantLoader.Load(shipped.Scenario, variant, File.ReadAllText(variant));
        // A path written without its extension ("../variants/no-gas"), as one names a shipped variant; a bare name
        // still means the shipped one, even if a file of that name lies in the working folder.
        var withExtension = variant + ".yaml";
        if (variant.IndexOfAny(['/', Path.DirectorySeparatorChar]) >= 0 && File.Exists(withExtension))
            return VariantLoader.Load(shipped.Scenario, withExtension, File.ReadAllText(withExtension));
        return shipped.Load(variant)
            ?? throw new CliException($"no variant '{variant}': give a file, or one of {string.Join(", ", shipped.Names)}");
    }

    private static void Fail(IReadOnlyList<Scenarios.Diagnostic> diagnostics, CliOutput output, string? path)
    {
        if (diagnostics.Count == 0) return;
        foreach (var d in diagnostics) output.Error.WriteLine(d.ToString());
        throw new CliException($"the scenario has {diagnostics.Count} problem(s); run 'siege lint {path}' for the list");
    }
}
