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

        [CommandOption("--lang <LANG>")]
        [Description("en or zh: the language of the text (chronicle, tables, outcome). JSON and trace carry both languages.")]
        [DefaultValue("en")]
        public string Lang { get; init; } = "en";

        public bool Trace => Format == "trace";

        public override ValidationResult Validate()
        {
            if (Format is not ("text" or "json" or "trace")) return ValidationResult.Error($"--format must be text, json or trace, not '{Format}'");
            if (Lang is not ("en" or "zh")) return ValidationResult.Error($"--lang must be en or zh, not '{Lang}'");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (loaded, variant) = ScenarioOption.LoadOrFail(settings.Scenario, settings.Variant, output);
        // What the run is a run of, in every format: the scenario's content hash and the variant, if any.
        var provenance = new RunProvenance(loaded.ContentHash, variant is null ? null : new RunVariant(variant.Id, variant.ContentHash));
        if (settings.Trace)
        {
            output.Out.WriteLine(TraceJson.Serialize(TraceBuilder.Build(loaded.Scenario, settings.Seed, provenance)));
            return SiegeApp.Ok;
        }
        var run = SiegeModel.Compile(loaded.Scenario).Run(settings.Seed);
        if (settings.Format == "json") output.Out.WriteLine(RunJson.Serialize(loaded, provenance, run));
        else new RunText(loaded, variant, run, output, settings.Lang == "zh" ? Language.Chinese : Language.English).Write();
        return SiegeApp.Ok;
    }
}
