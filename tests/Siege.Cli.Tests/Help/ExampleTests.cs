namespace Siege.Cli.Tests.Help;

/// <summary>
/// Every example a user is shown, parsed and validated by the real command line but not run: the examples of each
/// command's help, and every siege command line in the docs (README.md, CONTRIBUTING.md, docs/**/*.md, read when the
/// tests are discovered, so a new page is checked without being listed here).
/// </summary>
public sealed class ExampleTests
{
    public static TheoryData<string> HelpExamples() =>
        new(CommandTree.All().SelectMany(c => c.Command.Examples).Select(Siege.Cli.Infrastructure.ShellWords.Join));

    public static TheoryData<string, int, string> DocExamples()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var line in DocCommandLines.In(CliRunner.RepositoryRoot())) data.Add(line.File, line.Line, line.Text);
        return data;
    }

    [Theory]
    [MemberData(nameof(HelpExamples))]
    public void Each_example_in_the_help_is_a_valid_command_line(string example)
    {
        // Split as a user's shell would split the line the help prints, so a missing quote fails here too.
        AssertValid(example, ShellLine.Split(example));
    }

    [Theory]
    [MemberData(nameof(DocExamples))]
    public void Each_command_line_in_the_docs_is_valid(string file, int line, string text)
    {
        var args = DocCommandLines.Arguments(text) ?? throw new InvalidOperationException($"{file}:{line}: not a siege command line: {text}");
        AssertValid($"{file}:{line}: {text}", args);
    }

    [Fact]
    public void The_docs_are_read()
    {
        var files = DocCommandLines.Files(CliRunner.RepositoryRoot()).ToList();
        Assert.Contains("README.md", files);
        Assert.NotEmpty(DocCommandLines.In(CliRunner.RepositoryRoot(), "README.md"));
    }

    [Fact]
    public void A_wrong_example_is_caught()
    {
        Assert.False(StopBeforeRunning.Check(["ensemble", "--run", "10"]).Validated);
        Assert.False(StopBeforeRunning.Check(["lanchester", "--law", "square", "--reinforce", "attacker", "54000", "from", "0", "to", "1"]).Validated);
        Assert.False(StopBeforeRunning.Check(["export", "--format", "xlsx", "--out", "x"]).Validated);
    }

    private static void AssertValid(string where, IReadOnlyList<string> args)
    {
        var (validated, outcome) = StopBeforeRunning.Check(args);
        if (validated) return;
        // Without a command (siege, siege --help, siege --version) nothing runs: help or the version, exit 0.
        var onlyShows = args.Count == 0 || args.Any(a => a is "--help" or "-h" or "--version" or "-v");
        Assert.True(onlyShows && outcome.ExitCode == 0 && outcome.Error == "",
            $"{where}\n  siege answers (exit {outcome.ExitCode}): {outcome.Error.Trim()}");
    }
}
