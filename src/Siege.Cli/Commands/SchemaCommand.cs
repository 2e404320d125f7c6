using System.ComponentModel;
using Siege.Scenarios.Schema;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

/// <summary>
/// <c>siege schema</c>: writes the JSON Schemas of the scenario format (one per scenario file, one for variants),
/// generated from the definitions the loader reads with, for editors to complete and check scenario files.
/// </summary>
internal sealed class SchemaCommand(CliOutput output) : Command<SchemaCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("The folder to write the schemas into; made if missing. The repository keeps them in schemas/.")]
        [DefaultValue(ScenarioSchemas.Folder)]
        public string Out { get; init; } = ScenarioSchemas.Folder;

        public override ValidationResult Validate() =>
            File.Exists(Out)
                ? ValidationResult.Error($"--out '{Out}' is a file; give the folder to write the schemas into")
                : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var schemas = ScenarioSchemas.All();
        try
        {
            Directory.CreateDirectory(settings.Out);
            foreach (var schema in schemas) File.WriteAllText(Path.Combine(settings.Out, schema.Name), schema.Text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--out '{settings.Out}': cannot write the schemas there ({e.Message})");
        }
        var width = schemas.Max(s => Path.Combine(settings.Out, s.Name).Length);
        foreach (var schema in schemas) output.Out.WriteLine($"{Path.Combine(settings.Out, schema.Name).PadRight(width)}  for {schema.For}");
        return SiegeApp.Ok;
    }
}
