using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Siege.Analysis.Sensitivity;
using Siege.Cli.Infrastructure;
using Siege.Ensembles;
using Siege.Ensembles.Sensitivity;
using Siege.Ensembles.WhatIf;
using Siege.Scenarios.Sensitivity;
using Siege.Scenarios.Variants;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

/// <summary>
/// <c>siege sensitivity</c>: which of the scenario's uncertain figures the siege depends on. By default (<c>oat</c>)
/// each figure written with a range is moved to its low and to its high end, one at a time, and run on the same seeds
/// as the baseline; <c>sobol</c> and <c>morris</c> vary them all together (SensitivityCommand.Global.cs).
/// </summary>
internal sealed partial class SensitivityCommand(CliOutput output) : Command<SensitivityCommand.Settings>
{
    public sealed class Settings : EnsembleOptions
    {
        [CommandOption("--only <TEXT>")]
        [Description("Only the figures whose path contains this text (repeat the option for several), e.g. KillRate.")]
        public string[] Only { get; init; } = [];

        [CommandOption("--top <K>")]
        [Description("Rows of the text table and bars of the chart: the K figures with the largest swing.")]
        [DefaultValue(15)]
        [TypeConverter(typeof(Accepts.Count))]
        public int Top { get; init; } = 15;

        [CommandOption("--method <METHOD>")]
        [Description("oat (each figure alone at each end of its range), sobol (Sobol indices S1 and ST, all figures varying together) or morris (elementary effects mu*, sigma, to screen many figures cheaply).")]
        [DefaultValue(SensitivityMethods.OneAtATime)]
        public string Method { get; init; } = SensitivityMethods.OneAtATime;

        [CommandOption("--samples <N>")]
        [Description("sobol: N, the rows of Saltelli's two samples, a power of two (N x (figures + 2) points; default 64). morris: r, the trajectories (r x (figures + 1) points; default 10).")]
        [TypeConverter(typeof(Accepts.Count))]
        public int? Samples { get; init; }

        [CommandOption("--test-function <NAME>")]
        [Description("ishigami or sobol-g: run the sobol or morris method on an analytic function whose indices are known, instead of the scenario (no runs, no store).")]
        public string? TestFunction { get; init; }

        public bool IsGlobal => Method != SensitivityMethods.OneAtATime;

        public int SamplesOrDefault => Samples ?? (Method == SensitivityMethods.Sobol ? 64 : 10);

        public override ValidationResult Validate()
        {
            if (Variant is not null) return ValidationResult.Error("--variant: sensitivity is of the scenario itself; give --scenario for another one");
            if (!SensitivityMethods.All.Contains(Method))
                return ValidationResult.Error($"--method must be {string.Join(", ", SensitivityMethods.All.SkipLast(1))} or {SensitivityMethods.All[^1]}, not '{Method}'");
            if (TestFunction is not null && !TestFunctions.Names.Contains(TestFunction))
                return ValidationResult.Error($"--test-function must be {string.Join(" or ", TestFunctions.Names)}, not '{TestFunction}'");
            if (!IsGlobal && TestFunction is not null)
                return ValidationResult.Error("--test-function checks a global method: give --method sobol or --method morris with it");
            if (!IsGlobal && Samples is not null)
                return ValidationResult.Error("--samples is for --method sobol or morris; oat runs each figure at the two ends of its range");
            if (Method == SensitivityMethods.Sobol && (SamplesOrDefault < 2 || !System.Numerics.BitOperations.IsPow2(SamplesOrDefault)))
                return ValidationResult.Error($"--samples must be a power of two of at least 2 for sobol (Saltelli's design takes a whole block of the Sobol sequence), e.g. 64 or 128, not {SamplesOrDefault}");
            if (Method == SensitivityMethods.Morris && SamplesOrDefault < 2)
                return ValidationResult.Error("--samples must be at least 2 for morris: σ needs two trajectories");
            if (TestFunction is not null) return ValidationResult.Success();
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.TestFunction is { } name) return RunTestFunction(settings, name);
        settings.CheckPaths();
        if (settings.IsGlobal) return RunGlobal(settings, cancellationToken);
        var clock = Stopwatch.StartNew();
        var (baseline, files, figures) = Figures(settings);

        output.Error.WriteLine($"sensitivity: {figures.Count} figures x 2 ends x {settings.Runs:N0} seeds, with the baseline");
        using var store = EnsembleCommand.OpenStore(settings.Store);
        var runner = new SensitivityRunner(store, baseline, files);
        runner.EnsureAsync(figures, settings.Seeds, settings.Threads,
            (n, figure) => output.Error.WriteLine($"sensitivity: {n}/{figures.Count} {figure.Path}: both ends stored"),
            cancellationToken).GetAwaiter().GetResult();
        var result = runner.Compare(figures, settings.Seeds);
        output.Error.WriteLine($"sensitivity: done in {clock.Elapsed.TotalSeconds:0.0} s");

        if (settings.Plot is { } plot)
            foreach (var file in OutputPaths.Writing("--plot", plot, () => Charts.SensitivityCharts.WriteTornado(result, baseline, plot, settings.Top)))
                output.Error.WriteLine($"chart: {file}");
        if (settings.Json)
        {
            output.Out.WriteLine(EnsembleJson.Serialize(result));
            return SiegeApp.Ok;
        }
        Print(result, settings.Top);
        return SiegeApp.Ok;
    }

    /// <summary>The scenario and its figures with a range, those of --only if given; a one-line error if there is none.</summary>
    private (Siege.Scenarios.Loading.LoadedScenario Baseline, Siege.Scenarios.Loading.IScenarioFiles Files, List<RangedFigure> Figures) Figures(Settings settings)
    {
        var baseline = ScenarioOption.LoadOrFail(settings.Scenario, output);
        var files = ShippedVariants.Of(settings.Scenario).Scenario;
        var figures = RangedFigures.Find(files)
            .Where(f => settings.Only.Length == 0 || settings.Only.Any(text => f.Path.Contains(text, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (figures.Count == 0)
            throw new CliException(settings.Only.Length == 0
                ? $"{baseline.Scenario.Id} has no figure with a range ({{value, min, max}}) to move"
                : $"no figure with a range has a path containing {string.Join(" or ", settings.Only.Select(o => $"'{o}'"))}");
        return (baseline, files, figures);
    }

    private void Print(SensitivityResult result, int top)
    {
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sensitivity of {result.Scenario} over {result.Runs:N0} seeds from {result.Seed}: baseline length mean {result.Baseline.DurationDays.Mean:0.00} days, median {result.Baseline.DurationDays.P50:0.00}."));
        output.Out.WriteLine("Each figure moved alone to the low and to the high end of its range; differences paired with the baseline (95% interval).");
        var table = new Table().AddColumns("#", "figure", "value [[low, high]]", "sources", "at low (days)", "at high (days)", "swing (days)");
        foreach (var (e, i) in result.Parameters.Take(top).Select((e, i) => (e, i)))
            table.AddRow(
                $"{i + 1}",
                Markup.Escape(e.Path),
                Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{e.Value:0.####} [{e.Low:0.####}, {e.High:0.####}]")),
                Markup.Escape(string.Join(", ", e.Sources)),
                Diff(e.AtLow.DurationDays),
                Diff(e.AtHigh.DurationDays),
                string.Create(CultureInfo.InvariantCulture, $"{e.SwingDays:+0.00;-0.00;0}"));
        output.Console.Write(table);
        if (result.Parameters.Count > top)
            output.Out.WriteLine($"{top} of {result.Parameters.Count} figures shown, by the size of their swing; --top N for more, --format json for all.");
    }

    private static string Diff(PairedDifference d) =>
        Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{d.Mean:+0.00;-0.00;0} [{d.Ci95[0]:0.00}, {d.Ci95[1]:0.00}]"));
}
