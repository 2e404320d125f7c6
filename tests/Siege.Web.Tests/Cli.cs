using Siege.Cli;

namespace Siege.Web.Tests;

/// <summary>Runs the real command line in-process: what the server answers is checked against what it prints.</summary>
internal static class Cli
{
    public static string Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SiegeApp.Run(args, new CliOutput(output, error));
        Assert.True(code == 0, $"siege {string.Join(' ', args)} exited {code}: {error}");
        return output.ToString();
    }
}
