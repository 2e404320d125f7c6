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

        [CommandOption("--variant <NAME|PATH>")]
        [Description("Check a variant (a file, or the name of one shipped with the scenario) applied to the scenario.")]
        public string? Variant { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Variant is not null) return LintVariant(settings);
        var result = ScenarioOption.Load(settings.Path);
        Print(result.Diagnostics, result.Warnings);
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

    private int LintVariant(Settings settings)
    {
        var result = ScenarioOption.LoadVariant(settings.Path, settings.Variant!);
        Print(result.Diagnostics, result.Warnings);
        if (!result.Succeeded)
        {
            output.Error.WriteLine($"siege: {result.Diagnostics.Count} problem(s) found");
            return SiegeApp.BadInput;
        }
        var v = result.Variant!;
        output.Out.WriteLine($"ok: variant {v.Id} ({v.NameEn}): {v.ChangeCount} change(s) to {result.Scenario!.Scenario.Id}");
        return SiegeApp.Ok;
    }

    /// <summary>Errors, then warnings, one per line. Warnings alone leave the exit code at 0: the scenario still runs.</summary>
    private void Print(IReadOnlyList<Scenarios.Diagnostic> errors, IReadOnlyList<Scenarios.Diagnostic> warnings)
    {
        foreach (var d in errors.Concat(warnings)) output.Out.WriteLine(d.ToString());
    }
}
