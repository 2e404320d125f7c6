namespace Siege.Cli.Tests.Help;

/// <summary>The splitting the docs' command lines go through, against what bash passes to a program for each line.</summary>
public sealed class ShellLineTests
{
    [Theory]
    [InlineData("siege run --seed 42", new[] { "siege", "run", "--seed", "42" })]
    [InlineData("siege run --seed 42 --format json > run-42.json", new[] { "siege", "run", "--seed", "42", "--format", "json" })]
    [InlineData("siege run>run.json --seed 7", new[] { "siege", "run", "--seed", "7" })]
    [InlineData("siege lint 2>&1 | head", new[] { "siege", "lint" })]
    [InlineData("siege lint 2> errors.txt", new[] { "siege", "lint" })]
    [InlineData("siege battles fit      # coefficients # of both sides", new[] { "siege", "battles", "fit" })]
    [InlineData("siege lanchester --reinforce \"attacker 54000 from 0 to 1\"", new[] { "siege", "lanchester", "--reinforce", "attacker 54000 from 0 to 1" })]
    [InlineData("siege lanchester --reinforce 'attacker 54000 from 0 to 1'", new[] { "siege", "lanchester", "--reinforce", "attacker 54000 from 0 to 1" })]
    [InlineData("siege run --scenario my\\ scenarios/a#b", new[] { "siege", "run", "--scenario", "my scenarios/a#b" })]
    [InlineData("siege run --scenario \"a \\\"quoted\\\" \\n\"", new[] { "siege", "run", "--scenario", "a \"quoted\" \\n" })]
    [InlineData("siege run --variant ''", new[] { "siege", "run", "--variant", "" })]
    [InlineData("siege run && siege lint; siege serve &", new[] { "siege", "run" })]
    public void Splits_as_a_posix_shell_does(string line, string[] words) => Assert.Equal(words, ShellLine.Split(line));

    [Fact]
    public void The_arguments_of_dotnet_run_are_those_after_the_separator()
    {
        Assert.Equal(["report", "--runs", "1000", "--out", "report.html"],
            DocCommandLines.Arguments("dotnet run -c Release --project src/Siege.Cli -- report --runs 1000 --out report.html   # 20 s"));
        Assert.Equal(["run"], DocCommandLines.Arguments("dotnet run --project src/Siege.Cli/Siege.Cli.csproj -- run"));
        Assert.Null(DocCommandLines.Arguments("dotnet run -c Release --project bench/Siege.LoadTest   # exits 1 if any request failed"));
        Assert.Null(DocCommandLines.Arguments("siegeworks run"));
    }

    [Fact]
    public void Only_lines_in_fenced_blocks_not_marked_text_count_with_their_file_and_line()
    {
        var root = Directory.CreateTempSubdirectory("siege-docs-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "docs", "commands"));
            File.WriteAllText(Path.Combine(root, "README.md"), "siege run --not-in-a-block\n\n```sh\nsiege run --seed 1\n$ siege lint \\\n  scenarios/x\n```\nsiege by 4 days\n\n```text\nsiege run [--seed N]\n```\n");
            File.WriteAllText(Path.Combine(root, "docs", "commands", "run.md"), "- a list\n\n  ~~~\n  dotnet run --project src/Siege.Cli -- run --format json\n  ~~~\n");

            var found = DocCommandLines.In(root).Select(l => (l.File, l.Line, string.Join(' ', l.Args))).ToList();

            Assert.Equal([("README.md", 4, "run --seed 1"), ("README.md", 5, "lint scenarios/x"), ("docs/commands/run.md", 4, "run --format json")], found);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
