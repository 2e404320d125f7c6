using Siege.Scenarios.Loading;

namespace Siege.Cli.Commands;

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
    public static LoadedScenario LoadOrFail(string? path, CliOutput output)
    {
        var result = Load(path);
        if (result.Succeeded) return result.Scenario!;
        foreach (var d in result.Diagnostics) output.Error.WriteLine(d.ToString());
        throw new CliException($"the scenario has {result.Diagnostics.Count} problem(s); run 'siege lint {path}' for the list");
    }
}
