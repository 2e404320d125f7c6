namespace Siege.Cli.Tests;

/// <summary>Runs the real command line in-process and captures what a user would see on each stream.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SiegeApp.Run(args, new CliOutput(output, error));
        return new Outcome(code, output.ToString(), error.ToString());
    }

    public static string RepositoryRoot() => Repository.Root;
}
