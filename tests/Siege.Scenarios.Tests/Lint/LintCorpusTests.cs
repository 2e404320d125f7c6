using Siege.Scenarios.Loading;

namespace Siege.Scenarios.Tests.Lint;

/// <summary>
/// One broken scenario per kind of error, in Lint/cases: each <c>NAME.yaml</c> beside <c>NAME.expected</c>, the exact
/// messages lint must print (file:line:col: message), all of them, in one pass.
/// </summary>
public sealed class LintCorpusTests
{
    private static readonly string Cases = Path.Combine(AppContext.BaseDirectory, "Lint", "cases");

    public static TheoryData<string> BrokenCases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Cases, "*.expected").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Lint_reports_exactly_the_expected_problems(string name)
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(Cases, name + ".yaml"));

        var expected = File.ReadAllLines(Path.Combine(Cases, name + ".expected")).Where(l => l.Length > 0);
        var actual = result.Diagnostics.Select(d => d.ToString().Replace(Cases + Path.DirectorySeparatorChar, ""));
        Assert.False(result.Succeeded);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_corpus_covers_every_kind_of_error_the_issue_names()
    {
        var names = Directory.GetFiles(Cases, "*.expected").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var kind in new[] { "unknown-key", "wrong-type", "missing-field", "unknown-garrison-position", "negative-strength", "invalid-yaml" })
            Assert.Contains(kind, names);
    }

    [Fact]
    public void The_minimal_case_on_which_the_corpus_is_built_is_valid()
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(Cases, "minimal.yaml"));
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_missing_scenario_file_is_a_diagnostic_not_an_exception()
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(Cases, "no-such-file.yaml"));
        Assert.Equal("no-such-file.yaml:1:1: scenario file does not exist", result.Diagnostics.Single().ToString().Replace(Cases + Path.DirectorySeparatorChar, ""));
    }
}
