using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;

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
        Assert.Empty(result.Warnings);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void The_Chinese_companions_of_English_texts_are_read()
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(Cases, "bilingual.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Warnings);
        var loaded = result.Scenario!;
        var hill = loaded.Scenario.Map.Positions.Single(p => p.Id == "hill");
        Assert.Equal(("command post", "指挥所"), (hill.Role, hill.RoleZh));
        var strength = loaded.Scenario.Forces.Defender.Strength!;
        Assert.Equal(("one regiment", "一个团"), (strength.Note, strength.NoteZh));
        var source = loaded.Sources.Single();
        Assert.Equal(("Written for the tests.", "为测试而写。"), (source.Note, source.NoteZh));
        var end = loaded.Record.Items.Single(i => i.Id == "end");
        Assert.Equal(("The garrison gave up.", "守军放弃抵抗。"), (end.NoteEn, end.Note));
        var figure = Assert.IsType<CasualtiesItem>(loaded.Record.Items.Single(i => i.Id == "killed")).Figures.Single();
        Assert.Equal(("about 500", "约500人"), (figure.Note, figure.NoteZh));
    }

    [Fact]
    public void A_file_without_the_Chinese_companions_still_loads_with_them_null()
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(Cases, "english-only.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var loaded = result.Scenario!;
        Assert.Equal("command post", loaded.Scenario.Map.Positions.Single(p => p.Id == "hill").Role);
        Assert.Null(loaded.Scenario.Map.Positions.Single(p => p.Id == "hill").RoleZh);
        Assert.Null(loaded.Scenario.Forces.Defender.Strength!.NoteZh);
        Assert.Null(loaded.Sources.Single().NoteZh);
        Assert.Null(loaded.Record.Items.Single(i => i.Id == "end").Note);
    }

    /// <summary>english-only.warnings: the exact warnings, file:line:col at each English text.</summary>
    [Fact]
    public void An_English_text_without_its_Chinese_companion_is_a_warning_at_the_text()
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(Cases, "english-only.yaml"));
        var expected = File.ReadAllLines(Path.Combine(Cases, "english-only.warnings")).Where(l => l.Length > 0);
        var actual = result.Warnings.Select(d => d.ToString().Replace(Cases + Path.DirectorySeparatorChar, ""));
        Assert.Equal(expected, actual);
        Assert.All(result.Warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
    }

    [Fact]
    public void A_missing_scenario_file_is_a_diagnostic_not_an_exception()
    {
        var result = ScenarioLoader.LoadPath(Path.Combine(Cases, "no-such-file.yaml"));
        Assert.Equal("no-such-file.yaml:1:1: scenario file does not exist", result.Diagnostics.Single().ToString().Replace(Cases + Path.DirectorySeparatorChar, ""));
    }
}
