using System.ComponentModel;
using Siege.Cli.Output;
using Siege.Engine.Simulation;
using Siege.Ensembles;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

/// <summary>
/// <c>siege ensemble</c>: runs seeds S … S+N−1 into the run store (resuming whatever is already there) and prints the
/// summary. Progress goes to standard error, so standard output holds only the result.
/// </summary>
internal sealed class EnsembleCommand(CliOutput output) : Command<EnsembleCommand.Settings>
{
    public sealed class Settings : FormatSettings
    {
        [CommandOption("--scenario <PATH>")]
        [Description("Scenario folder or .yaml file (default: the embedded Hengyang 1944 scenario).")]
        public string? Scenario { get; init; }

        [CommandOption("--variant <NAME|PATH>")]
        [Description("A what-if variant: the name of one shipped with the scenario, or a variant file.")]
        public string? Variant { get; init; }

        [CommandOption("--runs <N>")]
        [Description("Number of runs (seeds S to S+N-1).")]
        public int? Runs { get; init; }

        [CommandOption("--seed <S>")]
        [Description("First seed.")]
        [DefaultValue(1UL)]
        public ulong Seed { get; init; } = 1;

        [CommandOption("--threads <T>")]
        [Description("Worker threads (default: one per core). The result does not depend on it.")]
        [DefaultValue(0)]
        public int Threads { get; init; }

        [CommandOption("--plot <DIR>")]
        [Description("Write the charts (PNG and SVG) into this folder.")]
        public string? Plot { get; init; }

        [CommandOption("--store <FILE>")]
        [Description("The SQLite run store; runs already in it are not run again.")]
        [DefaultValue(RunStore.DefaultFileName)]
        public string Store { get; init; } = RunStore.DefaultFileName;

        public override ValidationResult Validate()
        {
            if (Runs is not > 0) return ValidationResult.Error("--runs must be a positive number of runs");
            if (Threads < 0) return ValidationResult.Error("--threads must be 0 (one per core) or more");
            if (Seed > ulong.MaxValue - (ulong)Runs.Value + 1) return ValidationResult.Error("--seed + --runs goes past the largest seed");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (loaded, variant) = ScenarioOption.LoadOrFail(settings.Scenario, settings.Variant, output);
        var key = EnsembleKey.Of(loaded, variant?.ContentHash ?? EnsembleKey.NoVariant);
        var seeds = SeedRange.Of(settings.Seed, settings.Runs!.Value);
        using var store = OpenStore(settings.Store);
        var progress = new ProgressReporter(output.Error, Console.IsErrorRedirected);
        var report = new EnsembleRunner(SiegeModel.Compile(loaded.Scenario), store, key)
            .RunAsync(seeds, settings.Threads, progress.Report, cancellationToken)
            .GetAwaiter().GetResult();
        progress.Finish(report);

        var summary = Aggregator.Summarize(store, loaded, key, seeds) with { Timing = report.Timing };
        if (settings.Plot is not null)
            foreach (var file in Charts.EnsembleCharts.Write(store, loaded, key, seeds, settings.Plot)) output.Error.WriteLine($"chart: {file}");
        if (settings.Json) output.Out.WriteLine(EnsembleJson.Serialize(summary));
        else new EnsembleText(loaded, summary, output).Write();
        return SiegeApp.Ok;
    }

    internal static RunStore OpenStore(string path)
    {
        try
        {
            return RunStore.Open(path);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot use it as a run store ({e.Message.ReplaceLineEndings(" ")})");
        }
    }
}
