using System.ComponentModel;
using Siege.Cli.Infrastructure;
using Siege.Cli.Output;
using Siege.Engine.Simulation;
using Siege.Trace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

internal sealed class RunCommand(CliOutput output) : Command<RunCommand.Settings>
{
    public sealed class Settings : CommandSettings
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
        [TypeConverter(typeof(Accepts.Seed))]
        public ulong Seed { get; init; } = 1;

        [CommandOption("--format <FORMAT>")]
        [Description("text, json (the outcome, one object) or trace (the whole run hour by hour; docs/trace-format.md).")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        public bool Trace => Format == "trace";

        public override ValidationResult Validate() =>
            Format is "text" or "json" or "trace" ? ValidationResult.Success() : ValidationResult.Error($"--format must be text, json or trace, not '{Format}'");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioOption.LoadOrFail(settings.Scenario, settings.Variant, output).Loaded;
        if (settings.Trace)
        {
            output.Out.WriteLine(TraceJson.Serialize(TraceBuilder.Build(loaded.Scenario, settings.Seed)));
            return SiegeApp.Ok;
        }
        var run = SiegeModel.Compile(loaded.Scenario).Run(settings.Seed);
        if (settings.Format == "json") output.Out.WriteLine(RunJson.Serialize(loaded, run));
        else new RunText(loaded, run, output).Write();
        return SiegeApp.Ok;
    }
}
