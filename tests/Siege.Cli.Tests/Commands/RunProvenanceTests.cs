using System.Text.Json;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Variants;

namespace Siege.Cli.Tests.Commands;

/// <summary><c>siege run</c> says what the run is a run of, in text, JSON and trace: the scenario's hash and the variant.</summary>
public sealed class RunProvenanceTests
{
    private static readonly string ScenarioHash = ScenarioLoader.LoadEmbedded().Scenario!.ContentHash;
    private static readonly Variant NoGas = ShippedVariants.Embedded().Load("no-gas")!.Variant!;

    [Fact]
    public void The_text_says_it_is_the_baseline_with_the_scenarios_hash()
    {
        var lines = CliRunner.Run("run").Out.Split('\n');
        Assert.Equal($"scenario hengyang-1944, content hash {ScenarioHash[..16]}; baseline (no variant)", lines[1]);
    }

    [Fact]
    public void The_text_of_a_variant_names_it_and_its_hash()
    {
        var lines = CliRunner.Run("run", "--variant", "no-gas").Out.Split('\n');
        Assert.Equal($"scenario hengyang-1944, content hash {ScenarioHash[..16]}; variant no-gas (No gas attacks), content hash {NoGas.ContentHash[..16]}", lines[1]);
    }

    [Fact]
    public void The_json_has_the_scenarios_hash_and_no_variant_for_the_baseline()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("run", "--format", "json").Out);
        var root = json.RootElement;
        Assert.Equal("hengyang-1944", root.GetProperty("scenario").GetString());
        Assert.Equal(ScenarioHash, root.GetProperty("scenarioHash").GetString());
        // The engine's model version: with the scenario hash, what the run store keys the run by.
        Assert.Equal(Siege.Engine.Simulation.SiegeModel.ModelVersion, root.GetProperty("modelVersion").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("variant").ValueKind);
        Assert.Equal("日军", root.GetProperty("sides").GetProperty("attacker").GetProperty("name").GetString());
    }

    [Fact]
    public void The_json_and_the_trace_of_a_variant_name_it_by_id_and_hash()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("run", "--variant", "no-gas", "--format", "json").Out);
        using var trace = JsonDocument.Parse(CliRunner.Run("run", "--variant", "no-gas", "--format", "trace").Out);
        foreach (var root in new[] { json.RootElement, trace.RootElement })
        {
            Assert.Equal(ScenarioHash, root.GetProperty("scenarioHash").GetString());
            Assert.Equal("no-gas", root.GetProperty("variant").GetProperty("id").GetString());
            Assert.Equal(NoGas.ContentHash, root.GetProperty("variant").GetProperty("hash").GetString());
        }
    }

    [Fact]
    public void The_english_text_is_as_before_apart_from_the_provenance_line()
    {
        // Lines of `siege run` (seed 1, the golden hash) as printed before the provenance line was added.
        var lines = CliRunner.Run("run").Out.Split('\n');
        Assert.Equal("衡阳保卫战 · Defense of Hengyang — seed 1, hash 8533a0b18fd0d200", lines[0]);
        Assert.Equal("1944-06-22 00:00 to 1944-08-12 07:00: fell after 51.3 days (cease-fire, the garrison's strength spent)", lines[2]);
        Assert.Equal("Day  1  1944-06-22  defenders 12,829 (reserve 1,955)  attackers      0  firepower 100 %  shells 16,200  positions held 60", lines[4]);
        Assert.Equal("          10:00  air raid (29 casualties)", lines[5]);
        Assert.Contains("          16:00  8th Regiment enters the city: 1,450 men", lines);
        Assert.Contains("6 of the 27 record items compared matched; 12 not compared (12 of unknown scope).", lines);
    }
}
