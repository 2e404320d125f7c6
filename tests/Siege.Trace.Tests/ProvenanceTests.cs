using System.Text.Json;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Variants;

namespace Siege.Trace.Tests;

/// <summary>A trace says what it is a run of: the scenario's content hash, and the variant or that it is the baseline.</summary>
public sealed class ProvenanceTests
{
    private static readonly LoadedScenario Hengyang = ScenarioLoader.LoadEmbedded().Scenario!;

    [Fact]
    public void A_baseline_trace_names_the_scenarios_hash_and_no_variant()
    {
        var trace = TraceBuilder.Build(Hengyang.Scenario, 1, new RunProvenance(Hengyang.ContentHash, Variant: null));
        using var json = JsonDocument.Parse(TraceJson.Serialize(trace));
        var root = json.RootElement;
        Assert.Equal(Hengyang.ContentHash, root.GetProperty("scenarioHash").GetString());
        Assert.Matches("^[0-9a-f]{64}$", root.GetProperty("scenarioHash").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("variant").ValueKind);
    }

    [Fact]
    public void A_variant_trace_names_the_variant_by_id_and_hash()
    {
        var loaded = ShippedVariants.Embedded().Load("no-gas")!;
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var variant = loaded.Variant!;
        var trace = TraceBuilder.Build(loaded.Scenario!.Scenario, 1, new RunProvenance(loaded.Scenario.ContentHash, new RunVariant(variant.Id, variant.ContentHash)));
        using var json = JsonDocument.Parse(TraceJson.Serialize(trace));
        var root = json.RootElement;
        // A variant changes the scenario's YAML before it is read; the scenario's hash is of its files as written.
        Assert.Equal(Hengyang.ContentHash, root.GetProperty("scenarioHash").GetString());
        Assert.Equal("no-gas", root.GetProperty("variant").GetProperty("id").GetString());
        Assert.Equal(variant.ContentHash, root.GetProperty("variant").GetProperty("hash").GetString());
        Assert.Matches("^[0-9a-f]{64}$", variant.ContentHash);
    }

    [Fact]
    public void The_trace_names_the_sides_as_the_scenario_does()
    {
        var trace = TraceBuilder.Build(SiegeModel.Compile(Hengyang.Scenario), 1, new RunProvenance(Hengyang.ContentHash, null));
        using var json = JsonDocument.Parse(TraceJson.Serialize(trace));
        var sides = json.RootElement.GetProperty("sides");
        // scenarios/hengyang-1944/scenario.yaml: sides.
        Assert.Equal("守军", sides.GetProperty("defender").GetProperty("name").GetString());
        Assert.Equal("日军", sides.GetProperty("attacker").GetProperty("name").GetString());
        Assert.Equal("Japanese", sides.GetProperty("attacker").GetProperty("nameEn").GetString());
    }
}
