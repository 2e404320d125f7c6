using Siege.Scenarios.Loading;
using Siege.Scenarios.Variants;
using Siege.Web.Api;
using Siege.Web.Views;

namespace Siege.Web.Catalog;

/// <summary>
/// The scenarios the server offers, by id: the embedded Hengyang scenario, and one from disk when the options name
/// it (replacing the embedded one when its id is the same). Loaded once, at start, and never changed.
/// </summary>
internal sealed class ScenarioCatalog
{
    private readonly Dictionary<string, ScenarioEntry> _byId;

    private ScenarioCatalog(IEnumerable<ScenarioEntry> entries, IReadOnlyList<string> warnings)
    {
        Warnings = warnings;
        _byId = [];
        foreach (var entry in entries) _byId[entry.Id] = entry;
        All = [.. _byId.Values.OrderBy(e => e.Id, StringComparer.Ordinal)];
        ListJson = ApiJson.Utf8(All.Select(e => ScenarioSummaryView.Of(e.Loaded)).ToList());
    }

    /// <summary>The answer of <c>GET /api/scenarios</c>.</summary>
    public byte[] ListJson { get; }

    /// <summary>The scenarios in id order.</summary>
    public IReadOnlyList<ScenarioEntry> All { get; }

    /// <summary>What was left out while loading (shipped variants with problems), for the log.</summary>
    public IReadOnlyList<string> Warnings { get; }

    public ScenarioEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Loads the embedded scenario and the one at <paramref name="scenarioPath"/>, if given. A scenario with problems
    /// stops the server from starting; a shipped variant with problems is left out and named in <see cref="Warnings"/>.
    /// </summary>
    public static ScenarioCatalog Load(string? scenarioPath)
    {
        var warnings = new List<string>();
        var warn = warnings.Add;
        var entries = new List<ScenarioEntry> { Entry(ScenarioLoader.LoadEmbedded(), ShippedVariants.Embedded(), "the embedded scenario", warn) };
        if (scenarioPath is not null)
        {
            if (!File.Exists(scenarioPath) && !Directory.Exists(scenarioPath))
                throw new FileNotFoundException($"{scenarioPath}: no such scenario file or folder", scenarioPath);
            entries.Add(Entry(ScenarioLoader.LoadPath(scenarioPath), ShippedVariants.OnDisk(scenarioPath), scenarioPath, warn));
        }
        return new ScenarioCatalog(entries, warnings);
    }

    private static ScenarioEntry Entry(LoadResult result, ShippedVariants shipped, string what, Action<string> warn)
    {
        if (!result.Succeeded)
            throw new InvalidDataException($"{what} has {result.Diagnostics.Count} problem(s), the first: {result.Diagnostics[0]}; run 'siege lint' for the list");
        var variants = new List<VariantEntry>();
        foreach (var name in shipped.Names)
        {
            var loaded = shipped.Load(name)!;
            if (loaded.Succeeded) variants.Add(new VariantEntry(name, loaded.Variant!, loaded.Scenario!));
            else warn($"variant '{name}' of {what} is left out: {loaded.Diagnostics.Count} problem(s), the first: {loaded.Diagnostics[0]}");
        }
        return new ScenarioEntry(result.Scenario!, variants);
    }
}
