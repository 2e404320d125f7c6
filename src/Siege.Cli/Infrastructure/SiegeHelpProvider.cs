using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Siege.Cli.Infrastructure;

/// <summary>
/// Spectre's help, with examples that can be copied into a shell: an argument with spaces (<c>--reinforce
/// "attacker 54000 from 0 to 1"</c>) is quoted, and none is read as markup. A command without examples of its own
/// (the root, a branch) shows the first example of each command under it.
/// </summary>
internal sealed class SiegeHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetExamples(ICommandModel model, ICommandInfo? command)
    {
        var own = command?.Examples ?? model.Examples;
        var examples = own.Count > 0
            ? own
            : (command?.Commands ?? model.Commands).Where(c => !c.IsHidden).SelectMany(FirstExample).ToList();
        if (examples.Count == 0) return [];
        var lines = examples.Select(e => $"    {Markup.Escape(model.ApplicationName)} [grey]{Markup.Escape(ShellWords.Join(e))}[/]");
        return [new Markup($"\n[yellow]EXAMPLES:[/]\n{string.Join('\n', lines)}\n")];
    }

    private static IEnumerable<string[]> FirstExample(ICommandInfo command) =>
        command.Examples.Take(1).Concat(command.Commands.Where(c => !c.IsHidden).SelectMany(FirstExample)).Take(1);
}
