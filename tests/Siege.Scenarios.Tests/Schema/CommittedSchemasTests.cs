using Siege.Scenarios.Schema;

namespace Siege.Scenarios.Tests.Schema;

/// <summary>The schemas in schemas/ are the ones the definitions give now: they cannot drift from the loader.</summary>
public sealed class CommittedSchemasTests
{
    private const string Regenerate = "regenerate them from the repository root with: dotnet run --project src/Siege.Cli -- schema";

    [Fact]
    public void Each_committed_schema_equals_what_siege_schema_writes()
    {
        foreach (var schema in ScenarioSchemas.All())
        {
            var path = Path.Combine(ShippedSchemas.Folder, schema.Name);
            Assert.True(File.Exists(path), $"{ScenarioSchemas.Folder}/{schema.Name} is missing; {Regenerate}");
            Assert.True(File.ReadAllText(path) == schema.Text, $"{ScenarioSchemas.Folder}/{schema.Name} differs from the definitions; {Regenerate}");
        }
    }

    [Fact]
    public void The_schemas_folder_holds_no_schema_the_generator_no_longer_writes()
    {
        var written = ScenarioSchemas.All().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var stale = Directory.GetFiles(ShippedSchemas.Folder).Select(Path.GetFileName).Where(n => !written.Contains(n!));
        Assert.Empty(stale);
    }

    [Fact]
    public void There_is_a_schema_for_each_file_of_a_split_scenario_and_one_for_variants()
    {
        Assert.Equal(
            ["scenario", "sources", "forces", "map", "supplies", "events", "doctrine", "record", "variant"],
            ScenarioSchemas.All().Select(s => s.Name.Replace(".schema.json", "")));
        Assert.All(ScenarioSchemas.All(), s => Assert.Contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\"", s.Text));
    }
}
