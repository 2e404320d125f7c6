using System.ComponentModel;
using System.Diagnostics;
using Siege.Cli.Output;
using Siege.Ensembles;
using Siege.Report;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

/// <summary>
/// <c>siege report</c>: one self-contained bilingual HTML file of a scenario's ensemble, its representative run,
/// the fidelity table, what-ifs, methods and sources. With <c>--runs</c> the ensemble is run (or resumed) into the
/// store first; without it the report covers what the store holds.
/// </summary>
internal sealed class ReportCommand(CliOutput output) : Command<ReportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--scenario <PATH>")]
        [Description("Scenario folder or .yaml file (default: the embedded Hengyang 1944 scenario).")]
        public string? Scenario { get; init; }

        [CommandOption("--variant <NAME|PATH>")]
        [Description("A what-if to add (repeat the option): a shipped variant's name (e.g. relief-early) or a variant file.")]
        public string[] Variants { get; init; } = [];

        [CommandOption("--runs <N>")]
        [Description("Run (or resume) seeds S to S+N-1 into the store first. Without it, report on every run the store holds.")]
        public int? Runs { get; init; }

        [CommandOption("--seed <S>")]
        [Description("First seed (with --runs).")]
        [DefaultValue(1UL)]
        public ulong Seed { get; init; } = 1;

        [CommandOption("--threads <T>")]
        [Description("Worker threads (default: one per core). The result does not depend on it.")]
        [DefaultValue(0)]
        public int Threads { get; init; }

        [CommandOption("--store <FILE>")]
        [Description("The SQLite run store.")]
        [DefaultValue(RunStore.DefaultFileName)]
        public string Store { get; init; } = RunStore.DefaultFileName;

        [CommandOption("--out <FILE>")]
        [Description("The HTML file to write.")]
        public string? Out { get; init; }

        [CommandOption("--sensitivity")]
        [Description("Add the one-at-a-time sensitivity of every figure with a range (as siege sensitivity; 2 x figures x runs more runs).")]
        public bool Sensitivity { get; init; }

        [CommandOption("--prior")]
        [Description("Re-derive the CDB90 prior of the kill rates for the methods section (tens of seconds).")]
        public bool Prior { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("--out is required: the HTML file to write");
            if (Runs is <= 0) return ValidationResult.Error("--runs must be a positive number of runs");
            if (Threads < 0) return ValidationResult.Error("--threads must be 0 (one per core) or more");
            if (Runs is { } n && Seed > ulong.MaxValue - (ulong)n + 1) return ValidationResult.Error("--seed + --runs goes past the largest seed");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var baseline = ScenarioOption.LoadOrFail(settings.Scenario, output);
        var variants = settings.Variants.Select(name => ScenarioOption.LoadOrFail(settings.Scenario, name, output))
            .Select(c => new VariantChoice(c.Loaded, c.Variant!)).ToList();
        if (settings.Runs is null && !File.Exists(settings.Store))
            throw new CliException($"{settings.Store}: no such run store; give --runs N to run the ensemble into it");

        using var store = EnsembleCommand.OpenStore(settings.Store);
        var seeds = settings.Runs is { } runs
            ? SeedRange.Of(settings.Seed, runs)
            : store.StoredSpan(EnsembleKey.Of(baseline))
              ?? throw new CliException($"{settings.Store}: no runs of this version of {baseline.Scenario.Id}; give --runs N or run siege ensemble first");
        var request = new ReportRequest(baseline, seeds, variants)
        {
            DerivePrior = settings.Prior,
            SensitivityOf = settings.Sensitivity ? Scenarios.Variants.ShippedVariants.Of(settings.Scenario).Scenario : null,
        };

        ReportRuns.EnsureAsync(store, request, settings.Threads, new ReportProgress(output), runBaseline: settings.Runs is not null, cancellationToken)
            .GetAwaiter().GetResult();
        var html = ReportPage.Render(ReportGatherer.Gather(store, request));
        try
        {
            File.WriteAllText(settings.Out!, html);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{settings.Out}: cannot write the report ({e.Message.ReplaceLineEndings(" ")})");
        }
        output.Error.WriteLine($"report: {settings.Out} ({new FileInfo(settings.Out!).Length / 1024.0:N0} KiB, {clock.Elapsed.TotalSeconds:0.0} s)");
        return SiegeApp.Ok;
    }

    /// <summary>The ensemble commands' progress output, one bar per part (the baseline, then each variant).</summary>
    private sealed class ReportProgress(CliOutput output) : IReportRunsProgress
    {
        private ProgressReporter? _current;

        public Action<EnsembleProgress>? Starting(string part)
        {
            output.Error.WriteLine($"runs: {part}");
            _current = new ProgressReporter(output.Error, Console.IsErrorRedirected);
            return _current.Report;
        }

        public void Finished(string part, EnsembleRunReport report) => _current?.Finish(report);
    }
}
