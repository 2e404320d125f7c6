using System.ComponentModel;
using Siege.Cli.Output;
using Siege.Engine.Simulation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

internal sealed class RunCommand(CliOutput output) : Command<RunCommand.Settings>
{
    public sealed class Settings : FormatSettings
    {
        [CommandOption("--scenario <PATH>")]
        [Description("Scenario folder or .yaml file (default: the embedded Hengyang 1944 scenario).")]
        public string? Scenario { get; init; }

        [CommandOption("--variant <NAME|PATH>")]
        [Description("A what-if variant: the name of one shipped with the scenario (e.g. no-gas), or a variant file.")]
        public string? Variant { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Random seed; the same scenario and seed give the same run, bit for bit.")]
        [DefaultValue(1UL)]
        public ulong Seed { get; init; } = 1;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioOption.LoadOrFail(settings.Scenario, settings.Variant, output).Loaded;
        var run = SiegeModel.Compile(loaded.Scenario).Run(settings.Seed);
        if (settings.Json) output.Out.WriteLine(RunJson.Serialize(loaded, run));
        else new RunText(loaded, run, output).Write();
        return SiegeApp.Ok;
    }
}
