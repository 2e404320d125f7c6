using System.ComponentModel;
using Siege.Cli.Infrastructure;
using Siege.Ensembles.Export;
using Siege.Scenarios.Schema;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

/// <summary>
/// <c>siege schema</c>: writes the JSON Schemas of the scenario format (one per scenario file, one for variants),
/// generated from the definitions the loader reads with, for editors to complete and check scenario files.
/// </summary>
internal sealed class SchemaCommand(CliOutput output) : Command<SchemaCommand.Settings>
{
    private const string OutOption = "--out";

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("The folder to write the schemas into; made if missing. The repository keeps them in schemas/.")]
        [DefaultValue(ScenarioSchemas.Folder)]
        public string Out { get; init; } = ScenarioSchemas.Folder;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Checked as every folder output is, before anything is written; the command has no run store to protect.
        OutputPaths.CheckFolder(OutOption, settings.Out, storeInUse: null);
        var schemas = ScenarioSchemas.All();
        OutputPaths.Writing(OutOption, settings.Out, () =>
        {
            Directory.CreateDirectory(settings.Out);
            // Each file whole or not at all: an editor reading a schema mid-write would see broken JSON.
            foreach (var schema in schemas) AtomicFile.WriteAllText(Path.Combine(settings.Out, schema.Name), schema.Text);
        });
        var width = schemas.Max(s => Path.Combine(settings.Out, s.Name).Length);
        foreach (var schema in schemas) output.Out.WriteLine($"{Path.Combine(settings.Out, schema.Name).PadRight(width)}  for {schema.For}");
        return SiegeApp.Ok;
    }
}
