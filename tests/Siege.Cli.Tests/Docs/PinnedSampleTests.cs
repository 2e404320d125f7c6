namespace Siege.Cli.Tests.Docs;

/// <summary>The samples of output in the README and the docs are what siege prints today, so they cannot drift.</summary>
public sealed class PinnedSampleTests
{
    public static TheoryData<string, int> Samples()
    {
        var data = new TheoryData<string, int>();
        foreach (var sample in PinnedSample.In(CliRunner.RepositoryRoot())) data.Add(sample.File, sample.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_pinned_sample_is_what_the_command_prints(string file, int line)
    {
        var sample = PinnedSample.In(CliRunner.RepositoryRoot(), file).Single(s => s.Line == line);
        var result = CliRunner.Run([.. sample.Args]);
        Assert.True(result.ExitCode == 0, $"{sample}: exit {result.ExitCode}: {result.Error}");
        var missing = sample.FirstMissingChunk(result.Out);
        Assert.True(missing is null,
            $"{sample}: the sample has drifted from the output. These lines are not printed (in this order, unbroken):\n" +
            string.Join("\n", missing ?? []) + "\n\nThe command prints:\n" + result.Out);
    }

    [Fact]
    public void The_readme_pins_its_sample()
    {
        Assert.Contains(PinnedSample.In(CliRunner.RepositoryRoot()), s => s.File == "README.md" && s.Args.FirstOrDefault() == "run");
    }

    [Fact]
    public void A_chunk_must_be_printed_unbroken_and_chunks_in_order()
    {
        var sample = new PinnedSample("x.md", 1, ["run"], [["a", "b"], ["d"]]);
        Assert.Null(sample.FirstMissingChunk("a\nb\nc\nd\n"));
        Assert.Equal(["a", "b"], sample.FirstMissingChunk("a\nc\nb\nd\n"));
        Assert.Equal(["d"], sample.FirstMissingChunk("d\na\nb\n"));
    }
}
