using Siege.Cli.Infrastructure;

namespace Siege.Cli.Tests.Infrastructure;

public sealed class NearestNameTests
{
    private static readonly string[] EnsembleOptions = ["--scenario", "--variant", "--runs", "--seed", "--threads", "--store", "--plot", "--format", "--help"];

    [Theory]
    [InlineData("--run", "--runs")]
    [InlineData("--sede", "--seed")]
    [InlineData("--thraeds", "--threads")]
    [InlineData("--senario", "--scenario")]
    [InlineData("--Format", "--format")]
    [InlineData("--thread", "--threads")]
    [InlineData("--plots", "--plot")]
    public void Suggests_the_option_a_typo_was_meant_to_be(string typed, string meant) =>
        Assert.Equal(meant, NearestName.Of(typed, EnsembleOptions));

    [Theory]
    [InlineData("--out")]
    [InlineData("--xyzzy")]
    [InlineData("-x")]
    public void Suggests_nothing_when_no_option_is_close(string typed) => Assert.Null(NearestName.Of(typed, EnsembleOptions));
}
