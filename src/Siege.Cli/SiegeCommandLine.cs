using Siege.Cli.Infrastructure;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;

namespace Siege.Cli;

/// <summary>
/// One configured command line: the commands, the help, and the translation of every failure into one line on
/// standard error with an exit code (2 for the user's input or the file system, 3 for a defect of siege).
/// </summary>
internal sealed class SiegeCommandLine
{
    private readonly CliOutput _output;
    private readonly TypeRegistrar _registrar = new();
    private readonly CommandApp _app;

    /// <param name="output">Where the commands, the help and the error lines write.</param>
    /// <param name="interceptor">Sees each command's settings once they are bound and validated, before it runs
    /// (the tests of the examples stop there).</param>
    public SiegeCommandLine(CliOutput output, ICommandInterceptor? interceptor = null)
    {
        _output = output;
        _registrar.RegisterInstance(typeof(CliOutput), output);
        _registrar.RegisterInstance(typeof(ICommandInterceptor), new MissingValueGuard(_registrar));
        if (interceptor is not null) _registrar.RegisterInstance(typeof(ICommandInterceptor), interceptor);
        _app = new CommandApp(_registrar);
        _app.Configure(config =>
        {
            config.SetApplicationName("siege");
            config.SetApplicationVersion(VersionText.Current);
            config.ConfigureConsole(output.Console);
            config.SetHelpProvider(new SiegeHelpProvider(config.Settings));
            config.PropagateExceptions();
            config.UseStrictParsing();
            SiegeCommands.Add(config);
        });
    }

    /// <summary>The commands and options as Spectre.Console.Cli built them for the last run (null before one).</summary>
    public ICommandModel? Model => _registrar.Model;

    public int Run(string[] args)
    {
        try
        {
            return _app.Run(args);
        }
        catch (CommandAppException e)
        {
            _output.Error.WriteLine($"siege: {CommandLineErrors.Explain(e, args, Model)}");
            return SiegeApp.BadInput;
        }
        catch (CliException e)
        {
            _output.Error.WriteLine($"siege: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (OutputPaths.IsFileSystemError(e))
        {
            // A file that cannot be read or written is the machine's state, not a defect; .NET names the path.
            _output.Error.WriteLine($"siege: {OutputPaths.Reason(e)}");
            return SiegeApp.BadInput;
        }
        catch (Exception e)
        {
            _output.Error.WriteLine($"siege: internal error ({e.GetType().Name}): {CommandLineErrors.OneLine(e.Message)}. Please report it with the command you ran.");
            if (Environment.GetEnvironmentVariable("SIEGE_DEBUG") == "1") _output.Error.WriteLine(e.ToString());
            return SiegeApp.InternalError;
        }
    }
}
