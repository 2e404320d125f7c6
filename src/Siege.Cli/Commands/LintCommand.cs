using System.ComponentModel;
using Siege.Scenarios.Loading;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

internal sealed class LintCommand(CliOutput output) : Command<LintCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("Scenario folder or .yaml file (default: the embedded Hengyang 1944 scenario).")]
        public string? Path { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = ScenarioOption.Load(settings.Path);
        foreach (var d in result.Diagnostics) output.Out.WriteLine(d.ToString());
        if (!result.Succeeded)
        {
            output.Error.WriteLine($"siege: {result.Diagnostics.Count} problem(s) found");
            return SiegeApp.BadInput;
        }
        var s = result.Scenario!.Scenario;
        output.Out.WriteLine(
            $"ok: {result.Scenario.Location}: {s.Map.Positions.Length} positions, {s.Map.Approaches.Length} approaches, " +
            $"{s.Forces.Defender.SelfAndDescendants().Count() + s.Forces.Attacker.SelfAndDescendants().Count()} units, " +
            $"{s.Events.Length} events, {result.Scenario.Record.Items.Length} record items");
        return SiegeApp.Ok;
    }
}
