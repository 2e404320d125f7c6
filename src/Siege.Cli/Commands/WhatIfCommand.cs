using System.Globalization;
using Siege.Cli.Infrastructure;
using Siege.Cli.Output;
using Siege.Engine.Simulation;
using Siege.Ensembles;
using Siege.Ensembles.WhatIf;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

/// <summary>
/// <c>siege whatif</c>: the baseline and a variant on the same seeds (common random numbers), both kept in the run
/// store, and the paired difference of the siege's length and losses.
/// </summary>
internal sealed class WhatIfCommand(CliOutput output) : Command<WhatIfCommand.Settings>
{
    public sealed class Settings : EnsembleOptions
    {
        public override ValidationResult Validate() =>
            Variant is null ? ValidationResult.Error("--variant is required: a variant name or file") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        settings.CheckPaths();
        var baseline = ScenarioOption.LoadOrFail(settings.Scenario, null, output).Loaded;
        var (changed, chosen) = ScenarioOption.LoadOrFail(settings.Scenario, settings.Variant, output);
        var variant = chosen!;
        var seeds = settings.Seeds;
        using var store = EnsembleCommand.OpenStore(settings.Store);
        var whatIf = new WhatIfRunner(store, baseline, changed, variant);
        foreach (var part in whatIf.Parts())
        {
            var progress = new ProgressReporter(output.Error, Console.IsErrorRedirected);
            var report = part.RunAsync(seeds, settings.Threads, progress.Report, cancellationToken).GetAwaiter().GetResult();
            progress.Finish(report);
        }
        var comparison = whatIf.Compare(seeds);
        var (baselineKey, variantKey) = (whatIf.BaselineKey, whatIf.VariantKey);
        if (settings.Plot is { } plot)
        {
            List<double> Lengths(EnsembleKey key) => store.ReadRuns(key, seeds).Select(r => r.EndHour / 24.0).ToList();
            var files = OutputPaths.Writing("--plot", plot, () =>
                Charts.WhatIfCharts.WriteOverlay(Lengths(baselineKey), Lengths(variantKey), baseline, plot, "baseline", variant.NameEn)
                    .Concat(Charts.EnsembleCharts.Write(store, changed, variantKey, seeds, Path.Combine(plot, variant.Id))).ToList());
            foreach (var file in files) output.Error.WriteLine($"chart: {file}");
        }
        if (settings.Json)
        {
            output.Out.WriteLine(EnsembleJson.Serialize(comparison));
            return SiegeApp.Ok;
        }
        output.Out.WriteLine($"What if: {variant.NameEn} ({variant.Name}); {comparison.Runs:N0} seeds, each run with and without the change.");
        output.Out.WriteLine(variant.Rationale);
        var table = new Table().AddColumns("", "baseline", "variant", "paired difference (95% interval)");
        table.AddRow("length: mean (days)", F(comparison.Baseline.DurationDays.Mean), F(comparison.Variant.DurationDays.Mean), Diff(comparison.Difference.DurationDays));
        table.AddRow("length: median (days)", F(comparison.Baseline.DurationDays.P50), F(comparison.Variant.DurationDays.P50), "");
        table.AddRow("length: p10–p90 (days)", Range(comparison.Baseline.DurationDays), Range(comparison.Variant.DurationDays), "");
        table.AddRow("defenders killed", "", "", Diff(comparison.Difference.DefenderKilled));
        table.AddRow("attackers killed", "", "", Diff(comparison.Difference.AttackerKilled));
        output.Console.Write(table);
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"The variant's siege is longer in {comparison.PLongerSiege:P1} of the seeds. Common random numbers cut the variance of the difference by a factor of {comparison.VarianceReduction?.ToString("0.0", CultureInfo.InvariantCulture) ?? "∞ (every seed's difference is the same)"}."));
        return SiegeApp.Ok;
    }

    private static string F(double x) => x.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Range(LengthSummary d) => $"{F(d.P10)}–{F(d.P90)}";

    private static string Diff(PairedDifference d) =>
        Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{d.Mean:+0.00;-0.00;0} [{d.Ci95[0]:0.00}, {d.Ci95[1]:0.00}]"));
}
