namespace Siege.Cli.Tests.Commands;

// Starting and stopping the server is tested in Siege.Web.Tests; here, that bad options end the command as every
// command ends on bad input: one line on standard error, exit code 2, before anything listens.
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("siege: --port: '70000' is not a whole number from 0 to 65535", "serve", "--port", "70000")]
    [InlineData("siege: --port: '-1' is not a whole number from 0 to 65535", "serve", "--port", "-1")]
    [InlineData("siege: --host must be an IP address or localhost, not 'example.org'", "serve", "--host", "example.org")]
    [InlineData("siege: --port 0 (any free port) needs an IP address as --host, e.g. 127.0.0.1, not localhost", "serve", "--host", "localhost", "--port", "0")]
    [InlineData("siege: /no/such/scenario: no such scenario file or folder", "serve", "--scenario", "/no/such/scenario")]
    [InlineData("siege: --store /no/such/folder/runs.db: the folder /no/such/folder does not exist", "serve", "--store", "/no/such/folder/runs.db")]
    public void Bad_options_are_one_line_on_stderr_and_exit_code_2(string message, params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.TrimEnd());
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void An_option_serve_does_not_have_is_bad_input()
    {
        var result = CliRunner.Run("serve", "--seed", "3");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }
}
