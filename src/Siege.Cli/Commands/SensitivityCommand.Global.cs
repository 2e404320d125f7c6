using System.Diagnostics;
using System.Globalization;
using Siege.Analysis.Sensitivity;
using Siege.Cli.Infrastructure;
using Siege.Ensembles;
using Siege.Ensembles.Sensitivity;
using Spectre.Console;

namespace Siege.Cli.Commands;

/// <summary>The global methods of <c>siege sensitivity</c>: Sobol indices and Morris screening, on the scenario or on a test function.</summary>
internal sealed partial class SensitivityCommand
{
    private int RunGlobal(Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (baseline, files, figures) = Figures(settings);
        var (method, samples) = (settings.Method, settings.SamplesOrDefault);
        if (method == SensitivityMethods.Sobol && 2 * figures.Count > DirectionNumbers.MaxDimensions)
            throw new CliException($"sobol takes at most {DirectionNumbers.MaxDimensions / 2} figures (two Sobol dimensions each), not {figures.Count}; choose some with --only, or screen them first with --method morris");
        var points = GlobalSensitivity.Points(method, samples, figures.Count);
        output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sensitivity: {method}, {figures.Count} figures: {Budget(method, samples, figures.Count)} points x {settings.Runs:N0} seeds = {points * settings.Runs!.Value:N0} runs"));

        using var store = EnsembleCommand.OpenStore(settings.Store);
        var runner = new GlobalSensitivityRunner(store, baseline, files);
        var step = Math.Max(1, (int)(points / 10));
        runner.EnsureAsync(method, figures, samples, settings.Seeds, settings.Threads, (done, of) =>
        {
            if (done % step == 0 || done == of)
                output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sensitivity: {done:N0}/{of:N0} points stored ({clock.Elapsed.TotalSeconds:0} s)"));
        }, cancellationToken).GetAwaiter().GetResult();
        var result = runner.Analyse(method, figures, samples, settings.Seeds);
        output.Error.WriteLine($"sensitivity: done in {clock.Elapsed.TotalSeconds:0.0} s");
        return Report(settings, result);
    }

    private int RunTestFunction(Settings settings, string name)
    {
        var function = TestFunctions.Named(name)!;
        var (method, samples) = (settings.Method, settings.SamplesOrDefault);
        output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sensitivity: {method} on the {name} function, {function.Inputs.Count} inputs: {Budget(method, samples, function.Inputs.Count)} evaluations"));
        if (settings.Plot is not null) OutputPaths.CheckFolder("--plot", settings.Plot, settings.Store);
        return Report(settings, GlobalSensitivity.OfTestFunction(method, function, samples));
    }

    /// <summary>The design's cost written out, e.g. "64 x (2 + 2) = 256".</summary>
    private static string Budget(string method, int samples, int parameters)
    {
        var points = GlobalSensitivity.Points(method, samples, parameters);
        return method == SensitivityMethods.Sobol
            ? string.Create(CultureInfo.InvariantCulture, $"N x (D + 2) = {samples:N0} x ({parameters} + 2) = {points:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"r x (D + 1) = {samples:N0} x ({parameters} + 1) = {points:N0}");
    }

    private int Report(Settings settings, GlobalSensitivityResult result)
    {
        if (settings.Plot is { } plot)
            foreach (var file in OutputPaths.Writing("--plot", plot, () => Charts.GlobalSensitivityCharts.WriteTornado(result, plot, settings.Top)))
                output.Error.WriteLine($"chart: {file}");
        if (settings.Json)
        {
            output.Out.WriteLine(EnsembleJson.Serialize(result));
            return SiegeApp.Ok;
        }
        PrintGlobal(result, settings.Top);
        return SiegeApp.Ok;
    }

    private void PrintGlobal(GlobalSensitivityResult result, int top)
    {
        var what = result.TestFunction is { } f ? $"the {f} function" : result.Scenario;
        var runs = result.TestFunction is null
            ? string.Create(CultureInfo.InvariantCulture, $", each on seeds {result.Seed} to {result.Seed + (ulong)result.RunsPerPoint - 1} ({result.Runs:N0} runs); output the mean length, {result.OutputMean:0.00} days over all points")
            : "";
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(result.IsSobol ? "Sobol indices" : "Morris elementary effects")} of {what}: {result.Points:N0} points{runs}."));
        if (result.Rejected > 0)
            output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Rejected:N0} points break a rule of the scenario and were not run; the indices leave them out. Because: {string.Join(" | ", result.RejectedBecause ?? [])}"));
        Table table;
        if (result.IsSobol)
        {
            output.Out.WriteLine("S1: the share of the output's variance due to the figure alone; ST: with all its interactions (95% bootstrap intervals).");
            table = new Table().AddColumns("#", "figure", "[[low, high]]", "S1", "ST", "ST - S1");
            foreach (var (p, i) in result.Parameters.Take(top).Select((p, i) => (p, i)))
                table.AddRow($"{i + 1}", Markup.Escape(p.Path), Range(p), Index(p.S1!), Index(p.ST!),
                    string.Create(CultureInfo.InvariantCulture, $"{p.ST!.Value - p.S1!.Value:0.000}"));
        }
        else
        {
            output.Out.WriteLine("mu*: the mean absolute effect of moving the figure across its whole range; mu: its mean with signs; sigma: its spread (interactions, non-linearity).");
            table = new Table().AddColumns("#", "figure", "[[low, high]]", "mu*", "mu", "sigma");
            foreach (var (p, i) in result.Parameters.Take(top).Select((p, i) => (p, i)))
                table.AddRow($"{i + 1}", Markup.Escape(p.Path), Range(p), Number(p.MuStar), Number(p.Mu), Number(p.Sigma));
        }
        output.Console.Write(table);
        if (result.Parameters.Count > top)
            output.Out.WriteLine($"{top} of {result.Parameters.Count} figures shown, by {(result.IsSobol ? "ST" : "mu*")}; --top N for more, --format json for all.");
    }

    private static string Range(GlobalParameter p) => Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"[{p.Low:0.####}, {p.High:0.####}]"));

    private static string Index(IndexValue x) => Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{x.Value:0.000} [{x.Ci95[0]:0.000}, {x.Ci95[1]:0.000}]"));

    private static string Number(double? x) => string.Create(CultureInfo.InvariantCulture, $"{x ?? 0:0.000}");
}
