using System.Diagnostics;
using Siege.Cli.Infrastructure;

namespace Siege.Cli.Tests.Infrastructure;

public sealed class VersionTextTests
{
    [Fact]
    public void Names_the_version_and_the_commit_it_was_built_from()
    {
        var result = CliRunner.Run("--version");

        Assert.Equal(0, result.ExitCode);
        var match = Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.Out, @"^siege (\d+\.\d+\.\d+\S*) \(commit ([0-9a-f]{12}|unknown)\)\n$"));
        // Built from a git checkout (as the tests are), the commit is the checkout's HEAD.
        if (GitHead() is { } head) Assert.Equal(head[..VersionText.ShortShaLength], match.Groups[2].Value);
    }

    [Theory]
    [InlineData("1.0.0+611c871110a5e4913ffe6d3519c616c323fd81c8", "siege 1.0.0 (commit 611c871110a5)")]
    [InlineData("1.0.0", "siege 1.0.0 (commit unknown)")]
    [InlineData("2.1.0-beta.1+abc", "siege 2.1.0-beta.1 (commit abc)")]
    [InlineData("1.0.0+not-a-commit", "siege 1.0.0 (commit unknown)")]
    public void Reads_the_informational_version(string informational, string expected) =>
        Assert.Equal(expected, VersionText.Of(informational));

    private static string? GitHead()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse HEAD")
            {
                WorkingDirectory = CliRunner.RepositoryRoot(),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            var head = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && head.Length == 40 ? head : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on this machine: the build had none either
        }
    }
}
