using System.ComponentModel;
using System.Diagnostics;
using Siege.Cli.Infrastructure;
using Siege.Cli.Output;
using Siege.Ensembles;
using Siege.Ensembles.Sensitivity;
using Siege.Ensembles.Export;
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
        [TypeConverter(typeof(Accepts.Count))]
        public int? Runs { get; init; }

        [CommandOption("--seed <S>")]
        [Description("First seed (with --runs).")]
        [DefaultValue(1UL)]
        [TypeConverter(typeof(Accepts.Seed))]
        public ulong Seed { get; init; } = 1;

        [CommandOption("--threads <T>")]
        [Description("Worker threads (default: one per core). The result does not depend on it.")]
        [DefaultValue(0)]
        [TypeConverter(typeof(Accepts.Threads))]
        public int Threads { get; init; }

        [CommandOption("--store <FILE>")]
        [Description("The SQLite run store.")]
        [DefaultValue(RunStore.DefaultFileName)]
        public string Store { get; init; } = RunStore.DefaultFileName;

        [CommandOption("--out <FILE>")]
        [Description("The HTML file to write; an existing one is replaced only once the new one is complete. Required.")]
        public string? Out { get; init; }

        [CommandOption("--sensitivity")]
        [Description("Add the one-at-a-time sensitivity of every figure with a range (as siege sensitivity; 2 x figures x runs more runs).")]
        public bool Sensitivity { get; init; }

        [CommandOption("--sensitivity-method <METHOD>")]
        [Description("The method of the sensitivity section: oat (the default), sobol or morris (the methods of siege sensitivity; implies --sensitivity).")]
        public string? SensitivityMethod { get; init; }

        [CommandOption("--sensitivity-samples <N>")]
        [Description("sobol: N, a power of two (default 64); morris: r, the trajectories (default 10).")]
        [TypeConverter(typeof(Accepts.Count))]
        public int? SensitivitySamples { get; init; }

        [CommandOption("--sensitivity-runs <N>")]
        [Description("sobol and morris: seeds each point of the design runs, the first of the report's (default 10).")]
        [DefaultValue(10)]
        [TypeConverter(typeof(Accepts.Count))]
        public int SensitivityRuns { get; init; } = 10;

        [CommandOption("--prior")]
        [Description("Re-derive the CDB90 prior of the kill rates for the methods section (3–15 s on two cores), for the scenario's CDB90 classes (" + Calibrate.PriorOptions.YamlKey + ").")]
        public bool Prior { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("--out is required: the HTML file to write");
            if (SensitivityMethod is { } method && !SensitivityMethods.All.Contains(method))
                return ValidationResult.Error($"--sensitivity-method must be oat, sobol or morris, not '{method}'");
            if (SensitivitySamples is not null && SensitivityMethod is null or SensitivityMethods.OneAtATime)
                return ValidationResult.Error("--sensitivity-samples is for --sensitivity-method sobol or morris");
            if (SensitivityMethod == SensitivityMethods.Sobol && SensitivitySamples is { } rows && (rows < 2 || !System.Numerics.BitOperations.IsPow2(rows)))
                return ValidationResult.Error($"--sensitivity-samples must be a power of two of at least 2 for sobol, e.g. 64 or 128, not {rows}");
            if (SensitivityMethod == SensitivityMethods.Morris && SensitivitySamples is < 2)
                return ValidationResult.Error("--sensitivity-samples must be at least 2 for morris: σ needs two trajectories");
            if (Runs is { } n && Seed > ulong.MaxValue - (ulong)n + 1) return ValidationResult.Error("--seed + --runs goes past the largest seed");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Runs is null) RunStoreOption.CheckExisting(settings.Store, "give --runs N to run the ensemble into it");
        else RunStoreOption.Check(settings.Store);
        OutputPaths.CheckFile("--out", settings.Out!, settings.Store);
        var clock = Stopwatch.StartNew();
        var baseline = ScenarioOption.LoadOrFail(settings.Scenario, output);
        if (settings.Prior && baseline.PriorClass is null)
            throw new CliException($"--prior: scenario {baseline.Scenario.Id} gives no CDB90 classes for the prior ({Calibrate.PriorOptions.YamlKey}: {{posture, terrain}} in its YAML)");
        var variants = settings.Variants.Select(name => ScenarioOption.LoadOrFail(settings.Scenario, name, output))
            .Select(c => new VariantChoice(c.Loaded, c.Variant!)).ToList();
        using var store = EnsembleCommand.OpenStore(settings.Store);
        var seeds = settings.Runs is { } runs
            ? SeedRange.Of(settings.Seed, runs)
            : store.StoredSpan(EnsembleKey.Of(baseline))
              ?? throw new CliException($"{settings.Store}: no runs of this version of {baseline.Scenario.Id}; give --runs N or run siege ensemble first");
        var request = new ReportRequest(baseline, seeds, variants)
        {
            DerivePrior = settings.Prior,
            SensitivityOf = settings.Sensitivity || settings.SensitivityMethod is not null ? Scenarios.Variants.ShippedVariants.Of(settings.Scenario).Scenario : null,
            SensitivityMethod = settings.SensitivityMethod ?? SensitivityMethods.OneAtATime,
            SensitivitySamples = settings.SensitivitySamples ?? (settings.SensitivityMethod == SensitivityMethods.Morris ? 10 : 64),
            SensitivityRunsPerPoint = settings.SensitivityRuns,
        };

        ReportRuns.EnsureAsync(store, request, settings.Threads, new ReportProgress(output), runBaseline: settings.Runs is not null, cancellationToken)
            .GetAwaiter().GetResult();
        var html = ReportPage.Render(ReportGatherer.Gather(store, request));
        OutputPaths.Writing("--out", settings.Out!, () => AtomicFile.WriteAllText(settings.Out!, html));
        output.Error.WriteLine($"report: {settings.Out} ({System.Text.Encoding.UTF8.GetByteCount(html) / 1024.0:N0} KiB, {clock.Elapsed.TotalSeconds:0.0} s)");
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
