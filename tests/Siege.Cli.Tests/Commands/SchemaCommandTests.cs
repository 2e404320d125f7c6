using System.Text.Json;

namespace Siege.Cli.Tests.Commands;

public sealed class SchemaCommandTests
{
    private static string TempFolder(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "schema-tests", name);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        return path;
    }

    [Fact]
    public void Writes_a_schema_for_each_scenario_file_and_for_variants_into_a_new_folder()
    {
        var folder = TempFolder("new");
        var result = CliRunner.Run("schema", "--out", folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var names = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["doctrine.schema.json", "events.schema.json", "forces.schema.json", "map.schema.json", "record.schema.json",
            "scenario.schema.json", "sources.schema.json", "supplies.schema.json", "variant.schema.json"], names);
        // One line per file, naming the YAML files it is for.
        Assert.Contains($"{Path.Combine(folder, "map.schema.json")}  ", result.Out);
        Assert.Contains("for variants/*.yaml", result.Out);
        Assert.Equal(9, result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        using var map = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "map.schema.json")));
        Assert.Equal("http://json-schema.org/draft-07/schema#", map.RootElement.GetProperty("$schema").GetString());
        Assert.False(map.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void The_files_written_are_the_ones_committed_in_schemas()
    {
        var folder = TempFolder("committed");
        Assert.Equal(0, CliRunner.Run("schema", "--out", folder).ExitCode);
        var committed = Path.Combine(CliRunner.RepositoryRoot(), "schemas");
        foreach (var file in Directory.GetFiles(folder))
            Assert.Equal(File.ReadAllText(Path.Combine(committed, Path.GetFileName(file))), File.ReadAllText(file));
    }

    [Fact]
    public void Refuses_an_out_that_is_a_file_with_exit_code_2_and_leaves_it_alone()
    {
        var folder = TempFolder("file");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "runs.db");
        File.WriteAllText(file, "not a folder");

        var result = CliRunner.Run("schema", "--out", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"siege: --out {file}: is a file, not a folder; give a folder to write into (it is made if missing)", result.Error.TrimEnd());
        Assert.Equal("not a folder", File.ReadAllText(file));
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Refuses_an_out_under_a_file_with_exit_code_2_and_one_line()
    {
        var folder = TempFolder("under-file");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "plain.txt");
        File.WriteAllText(file, "x");

        var result = CliRunner.Run("schema", "--out", Path.Combine(file, "schemas"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"siege: --out {Path.Combine(file, "schemas")}: {file} is a file, not a folder", result.Error.TrimEnd());
        Assert.Equal("", result.Out);
    }
}
