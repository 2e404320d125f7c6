using System.ComponentModel;
using Siege.Cli.Infrastructure;
using Siege.Ensembles;
using Siege.Ensembles.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

/// <summary><c>siege export</c>: the stored runs of a scenario (and variant) as a tidy CSV or Parquet table.</summary>
internal sealed class ExportCommand(CliOutput output) : Command<ExportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--store <FILE>")]
        [Description("The SQLite run store to read (written by ensemble, whatif, sensitivity or report).")]
        [DefaultValue(RunStore.DefaultFileName)]
        public string Store { get; init; } = RunStore.DefaultFileName;

        [CommandOption("--scenario <PATH>")]
        [Description("The scenario whose runs to export (default: the embedded Hengyang 1944 scenario).")]
        public string? Scenario { get; init; }

        [CommandOption("--variant <NAME|PATH>")]
        [Description("Export the runs of this variant (a shipped variant's name, e.g. no-gas, or a variant file) instead of the baseline's.")]
        public string? Variant { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("csv or parquet.")]
        [DefaultValue("csv")]
        public string Format { get; init; } = "csv";

        [CommandOption("--out <FILE>")]
        [Description("The file to write; an existing one is replaced only once the new one is complete. Required.")]
        public string? Out { get; init; }

        [CommandOption("--what <TABLE>")]
        [Description("runs (one row per run), positions (per run and position lost) or daily (per run and day).")]
        [DefaultValue("runs")]
        public string What { get; init; } = "runs";

        public override ValidationResult Validate()
        {
            if (Format is not ("csv" or "parquet")) return ValidationResult.Error($"--format must be csv or parquet, not '{Format}'");
            if (What is not ("runs" or "positions" or "daily")) return ValidationResult.Error($"--what must be runs, positions or daily, not '{What}'");
            if (Out is null) return ValidationResult.Error("--out is required: the file to write");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        RunStoreOption.CheckExisting(settings.Store, "run siege ensemble (or whatif) with this --store first");
        OutputPaths.CheckFile("--out", settings.Out!, settings.Store);
        var (loaded, variant) = ScenarioOption.LoadOrFail(settings.Scenario, settings.Variant, output);
        var key = EnsembleKey.Of(loaded, variant?.ContentHash ?? EnsembleKey.NoVariant);
        using var store = EnsembleCommand.OpenStore(settings.Store);
        var table = RunTables.For(settings.What, store, key, variant?.Id, RunTables.AllSeeds);
        var rows = OutputPaths.Writing("--out", settings.Out!, () => settings.Format == "csv"
            ? TableWriters.WriteCsv(table, settings.Out!)
            : TableWriters.WriteParquetAsync(table, settings.Out!).GetAwaiter().GetResult());
        output.Error.WriteLine($"export: {rows:N0} rows of '{settings.What}' ({table.Columns.Count} columns) to {settings.Out}");
        if (rows == 0) output.Error.WriteLine($"export: the store holds no runs of {loaded.Scenario.Id}{(variant is null ? "" : " with " + variant.Id)} as it is now (a changed scenario file has a new hash)");
        return SiegeApp.Ok;
    }
}
