namespace Siege.Cli;

/// <summary>The <c>siege</c> command line. Bad input ends with one line on standard error and exit code 2.</summary>
public static class SiegeApp
{
    public const int Ok = 0;
    public const int BadInput = 2;
    public const int InternalError = 3;

    public static int Run(string[] args, CliOutput output) => new SiegeCommandLine(output).Run(args);
}

/// <summary>A problem with the user's input, reported as one line.</summary>
public sealed class CliException(string message, int exitCode = SiegeApp.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
