using System.Text.Json;
using System.Text.RegularExpressions;

namespace Siege.Cli.Tests.Commands;

/// <summary><c>siege variants</c> lists what is in the scenario's variants/ folder, as its files say.</summary>
public sealed class VariantsCommandTests
{
    private static readonly string Hengyang = Path.Combine(CliRunner.RepositoryRoot(), "scenarios", "hengyang-1944");

    /// <summary>The variant files on disk, and the names each declares on its own <c>name:</c> and <c>nameEn:</c> lines.</summary>
    private static Dictionary<string, (string Name, string NameEn)> Files(string scenario) =>
        Directory.GetFiles(Path.Combine(scenario, "variants"), "*.yaml").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f =>
            {
                var text = File.ReadAllText(f);
                string Field(string key) => Regex.Match(text, $"^{key}: \"?(.*?)\"?$", RegexOptions.Multiline).Groups[1].Value;
                return (Field("name"), Field("nameEn"));
            });

    [Fact]
    public void Json_lists_every_shipped_variant_with_its_names_and_description()
    {
        var result = CliRunner.Run("variants", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("hengyang-1944", json.RootElement.GetProperty("scenario").GetString());
        var listed = json.RootElement.GetProperty("variants").EnumerateArray().ToList();
        var files = Files(Hengyang);
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), listed.Select(v => v.GetProperty("id").GetString()));
        foreach (var v in listed)
        {
            var (name, nameEn) = files[v.GetProperty("id").GetString()!];
            Assert.Equal(name, v.GetProperty("name").GetString());
            Assert.Equal(nameEn, v.GetProperty("nameEn").GetString());
            Assert.True(v.GetProperty("loads").GetBoolean());
            Assert.NotEqual("", v.GetProperty("descriptionEn").GetString());
        }
    }

    [Fact]
    public void Text_shows_each_id_with_its_chinese_and_english_name()
    {
        var result = CliRunner.Run("variants", "--scenario", Hengyang);

        Assert.True(result.ExitCode == 0, result.Error);
        var files = Files(Hengyang);
        Assert.StartsWith($"{files.Count} variant(s) shipped with hengyang-1944", result.Out, StringComparison.Ordinal);
        foreach (var (id, (name, nameEn)) in files)
            Assert.Contains(result.Out.Split('\n'), l => l.Contains($" {id} ", StringComparison.Ordinal) && l.Contains(name, StringComparison.Ordinal) && l.Contains(nameEn, StringComparison.Ordinal));
        Assert.Contains("Every gas attack is removed", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_without_variants_says_so()
    {
        var result = CliRunner.Run("variants", "--scenario", Path.Combine(CliRunner.RepositoryRoot(), "scenarios", "iwo-jima-1945"));
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("iwo-jima-1945 ships no variants", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_variant_is_listed_and_reported()
    {
        using var folder = new Fuzzing.BrokenFolder();
        folder.Replace(Path.Combine("variants", "no-gas.yaml"), "changes:", "chnages:");

        var result = CliRunner.Run("variants", "--scenario", folder.Path);

        Assert.Equal(SiegeApp.BadInput, result.ExitCode);
        Assert.Contains(result.Out.Split('\n'), l => l.Contains(" no-gas ", StringComparison.Ordinal) && l.Contains("does not load", StringComparison.Ordinal));
        Assert.Equal($"siege: no-gas does not load; 'siege lint {folder.Path} --variant no-gas' lists the problems\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_scenario_is_bad_input()
    {
        var result = CliRunner.Run("variants", "--scenario", "no/such/scenario");
        Assert.Equal(SiegeApp.BadInput, result.ExitCode);
        Assert.Equal("siege: no/such/scenario: no such scenario file or folder\n", result.Error.ReplaceLineEndings("\n"));
    }
}
