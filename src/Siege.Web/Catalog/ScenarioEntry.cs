using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Web.Api;
using Siege.Web.Views;

namespace Siege.Web.Catalog;

/// <summary>
/// One scenario as served: the loaded scenario, its model compiled once (a model is immutable and shared by every
/// request), its shipped variants, and the JSON of the answers that never change while the server runs.
/// </summary>
internal sealed class ScenarioEntry
{
    private readonly Dictionary<string, VariantEntry> _variants;
    private readonly Lazy<SiegeModel> _model;
    private readonly Lazy<byte[]> _detailJson;
    private readonly Lazy<byte[]> _variantsJson;

    public ScenarioEntry(LoadedScenario loaded, IReadOnlyList<VariantEntry> variants)
    {
        Loaded = loaded;
        Variants = variants;
        _variants = variants.ToDictionary(v => v.Name, StringComparer.Ordinal);
        _model = new Lazy<SiegeModel>(() => SiegeModel.Compile(loaded.Scenario));
        _detailJson = new Lazy<byte[]>(() => ApiJson.Utf8(ScenarioView.Of(loaded)));
        _variantsJson = new Lazy<byte[]>(() => ApiJson.Utf8(variants.Select(v => VariantView.Of(v.Name, v.Variant)).ToList()));
    }

    public LoadedScenario Loaded { get; }

    public string Id => Loaded.Scenario.Id;

    public SiegeModel Model => _model.Value;

    public IReadOnlyList<VariantEntry> Variants { get; }

    public VariantEntry? FindVariant(string name) => _variants.GetValueOrDefault(name);

    /// <summary>The answer of <c>GET /api/scenarios/{id}</c>.</summary>
    public byte[] DetailJson => _detailJson.Value;

    /// <summary>The answer of <c>GET /api/scenarios/{id}/variants</c>.</summary>
    public byte[] VariantsJson => _variantsJson.Value;
}

/// <summary>A shipped variant by the name a request uses (its file name), with the scenario it changes into.</summary>
internal sealed class VariantEntry(string name, Scenarios.Variants.Variant variant, LoadedScenario changed)
{
    private readonly Lazy<SiegeModel> _model = new(() => SiegeModel.Compile(changed.Scenario));

    public string Name { get; } = name;

    public Scenarios.Variants.Variant Variant { get; } = variant;

    public LoadedScenario Changed { get; } = changed;

    public SiegeModel Model => _model.Value;
}
