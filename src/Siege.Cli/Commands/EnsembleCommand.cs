using System.ComponentModel;
using System.Globalization;
using Siege.Cli.Infrastructure;
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
    public sealed class Settings : EnsembleOptions
    {
        [CommandOption("--shard <K/N>")]
        [Description("Run only the K-th of N equal parts of the seeds (for a batch scheduler's array job); merge the stores afterwards with 'siege store merge'.")]
        public string? Shard { get; init; }

        /// <summary>The seeds this invocation runs: all of --seed/--runs, or its --shard part.</summary>
        public SeedRange ShardSeeds => ParseShard(Shard) is var (k, n) ? Seeds.Shard(k, n) : Seeds;

        public override ValidationResult Validate()
        {
            if (Shard is not null && ParseShard(Shard) is null)
                return ValidationResult.Error($"--shard: '{Shard}' is not K/N with whole numbers 1 <= K <= N (for example 3/8)");
            return base.Validate();
        }

        private static (int K, int N)? ParseShard(string? text)
        {
            var parts = text?.Split('/');
            if (parts is not [var k, var n]) return null;
            return int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var part)
                && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                && part >= 1 && part <= count ? (part, count) : null;
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        settings.CheckPaths();
        var (loaded, variant) = ScenarioOption.LoadOrFail(settings.Scenario, settings.Variant, output);
        var key = EnsembleKey.Of(loaded, variant?.ContentHash ?? EnsembleKey.NoVariant);
        var seeds = settings.ShardSeeds;
        using var store = OpenStore(settings.Store);
        var progress = new ProgressReporter(output.Error, Console.IsErrorRedirected);
        var report = new EnsembleRunner(SiegeModel.Compile(loaded.Scenario), store, key)
            .RunAsync(seeds, settings.Threads, progress.Report, cancellationToken)
            .GetAwaiter().GetResult();
        progress.Finish(report);

        var summary = Aggregator.Summarize(store, loaded, key, seeds) with { Timing = report.Timing };
        if (settings.Plot is { } plot)
            foreach (var file in OutputPaths.Writing("--plot", plot, () => Charts.EnsembleCharts.Write(store, loaded, key, seeds, plot)))
                output.Error.WriteLine($"chart: {file}");
        if (settings.Json) output.Out.WriteLine(EnsembleJson.Serialize(summary));
        else new EnsembleText(loaded, summary, output).Write();
        return SiegeApp.Ok;
    }

    /// <summary>Opens the run store named by <c>--store</c> (see <see cref="RunStoreOption"/>).</summary>
    internal static RunStore OpenStore(string path) => RunStoreOption.Open(path);
}
