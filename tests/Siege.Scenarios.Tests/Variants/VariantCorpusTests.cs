using Siege.Scenarios.Variants;

namespace Siege.Scenarios.Tests.Variants;

/// <summary>
/// One broken variant per kind of error, in Variants/cases, applied to the Hengyang scenario on disk: each
/// <c>NAME.yaml</c> beside <c>NAME.expected</c>, the exact messages (file:line:col: message), all of them, in order.
/// Paths are written relative to the cases folder (variant files) or to the repository (scenario files).
/// </summary>
public sealed class VariantCorpusTests
{
    private static readonly string Cases = Path.Combine(AppContext.BaseDirectory, "Variants", "cases");

    public static TheoryData<string> BrokenCases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Cases, "*.expected").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Reports_exactly_the_expected_problems(string name)
    {
        var result = VariantLoader.LoadPath(RepositoryPaths.Hengyang, Path.Combine(Cases, name + ".yaml"));

        var expected = File.ReadAllLines(Path.Combine(Cases, name + ".expected")).Where(l => l.Length > 0);
        var actual = result.Diagnostics.Select(d => d.ToString()
            .Replace(Cases + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
            .Replace(RepositoryPaths.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
            .Replace(Path.DirectorySeparatorChar, '/'));
        Assert.False(result.Succeeded);
        Assert.Null(result.Scenario);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_corpus_covers_every_kind_of_error_the_issue_names()
    {
        var names = Directory.GetFiles(Cases, "*.expected").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var kind in new[] { "unknown-path", "selects-nothing", "scale-on-text", "shift-on-non-time", "add-on-non-list", "unknown-key", "invalid-yaml", "set-wrong-type" })
            Assert.Contains(kind, names);
    }

    /// <summary>
    /// english-rationale.warnings: a variant without rationaleZh still loads; lint warns at its rationale and, in the
    /// variant file, at the note of a figure the variant added.
    /// </summary>
    [Fact]
    public void An_English_text_without_its_Chinese_is_a_warning_located_in_the_variant()
    {
        var result = VariantLoader.LoadPath(RepositoryPaths.Hengyang, Path.Combine(Cases, "english-rationale.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Null(result.Variant!.RationaleZh);
        var expected = File.ReadAllLines(Path.Combine(Cases, "english-rationale.warnings")).Where(l => l.Length > 0);
        Assert.Equal(expected, result.Warnings.Select(d => d.ToString().Replace(Cases + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_missing_variant_file_is_a_diagnostic_not_an_exception()
    {
        var result = VariantLoader.LoadPath(RepositoryPaths.Hengyang, Path.Combine(Cases, "no-such-variant.yaml"));
        Assert.Equal(
            "no-such-variant.yaml:1:1: variant file does not exist",
            result.Diagnostics.Single().ToString().Replace(Cases + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_reads_a_variant_without_a_scenario()
    {
        var (variant, diagnostics) = VariantLoader.Check(RepositoryPaths.Variant("no-gas"));
        Assert.Empty(diagnostics);
        Assert.Equal("no-gas", variant!.Id);
        Assert.Equal(1, variant.ChangeCount);
    }
}
