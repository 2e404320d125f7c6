using Siege.Scenarios.Schema;
using Siege.Scenarios.Tests.Variants;

namespace Siege.Scenarios.Tests.Schema;

/// <summary>
/// Every shipped scenario and variant file names its schema in its first line, as the YAML language server reads it,
/// and is valid against it: what an editor shows for the shipped files is clean.
/// </summary>
public sealed class ShippedFilesValidateTests
{
    public static TheoryData<string> Files() => [.. ShippedSchemas.YamlFiles()];

    [Theory]
    [MemberData(nameof(Files))]
    public void The_file_starts_with_the_comment_that_names_its_schema(string file)
    {
        var first = File.ReadLines(Path.Combine(RepositoryPaths.Root, file)).First();
        var expected = Path.GetRelativePath(Path.GetDirectoryName(file)!, Path.Combine(ScenarioSchemas.Folder, ShippedSchemas.ExpectedSchema(file))).Replace('\\', '/');
        Assert.Equal(ScenarioSchemas.Modeline(expected), first);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_file_is_valid_against_the_schema_it_names(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, file);
        var first = File.ReadLines(path).First();
        var named = first[(first.IndexOf("$schema=", StringComparison.Ordinal) + "$schema=".Length)..];
        var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, named));
        Assert.True(File.Exists(schemaPath), $"{file} names {named}, which does not exist");

        var schema = ShippedSchemas.Load(Path.GetFileName(schemaPath));
        var problems = ShippedSchemas.Problems(schema, File.ReadAllText(path));
        Assert.True(problems == "", $"{file}: {problems}");
    }

    [Fact]
    public void Every_scenario_folder_and_the_variants_are_covered()
    {
        var files = ShippedSchemas.YamlFiles().ToList();
        Assert.Contains("scenarios/hengyang-1944/map.yaml", files);
        Assert.Contains("scenarios/iwo-jima-1945/scenario.yaml", files);
        Assert.Contains("scenarios/hengyang-1944/variants/no-gas.yaml", files);
        Assert.Equal(ScenarioSchemas.VariantSchema, ShippedSchemas.ExpectedSchema("scenarios/hengyang-1944/variants/no-gas.yaml"));
        Assert.Equal("doctrine.schema.json", ShippedSchemas.ExpectedSchema("scenarios/hengyang-1944-cdb90/doctrine.yaml"));
    }
}
