using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;

namespace Siege.Cli.Tests.Help;

/// <summary>The commands of siege as Spectre.Console.Cli registered them, walked from the root through every branch.</summary>
internal static class CommandTree
{
    private static readonly Lazy<ICommandModel> Built = new(() =>
    {
        var commandLine = new SiegeCommandLine(new CliOutput(TextWriter.Null, TextWriter.Null));
        commandLine.Run(["--help"]);
        return commandLine.Model ?? throw new InvalidOperationException("no command model after siege --help");
    });

    public static ICommandModel Model => Built.Value;

    /// <summary>Every visible command and branch with the words that name it ("run", "battles", "battles fit").</summary>
    public static IEnumerable<(string Path, ICommandInfo Command)> All() => Under(Model, "");

    public static ICommandInfo Find(string path) => All().Single(c => c.Path == path).Command;

    public static IEnumerable<ICommandOption> Options(ICommandInfo command) => command.Parameters.OfType<ICommandOption>().Where(o => !o.IsHidden);

    private static IEnumerable<(string, ICommandInfo)> Under(ICommandContainer container, string prefix)
    {
        foreach (var command in container.Commands.Where(c => !c.IsHidden))
        {
            var path = prefix.Length == 0 ? command.Name : $"{prefix} {command.Name}";
            yield return (path, command);
            foreach (var child in Under(command, path)) yield return child;
        }
    }
}

/// <summary>Stops a command once its settings are bound and validated, before it does anything.</summary>
internal sealed class StopBeforeRunning : ICommandInterceptor
{
    public CommandSettings? Validated { get; private set; }

    public void Intercept(CommandContext context, CommandSettings settings)
    {
        Validated = settings;
        throw new OperationCanceledException("stopped before running: the settings are valid");
    }

    /// <summary>Parses and validates <paramref name="args"/> with the real command line; the command does not run.</summary>
    public static (bool Validated, CliRunner.Outcome Outcome) Check(IReadOnlyList<string> args)
    {
        var stop = new StopBeforeRunning();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = new SiegeCommandLine(new CliOutput(output, error), stop).Run([.. args]);
        return (stop.Validated is not null, new CliRunner.Outcome(code, output.ToString(), error.ToString()));
    }
}
