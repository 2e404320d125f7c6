using System.Diagnostics;
using System.Globalization;
using Siege.Calibration;
using Siege.Calibration.Abc;
using Siege.Cli.Infrastructure;
using Siege.Cli.Output;
using Siege.Scenarios.Variants;
using Spectre.Console;

namespace Siege.Cli.Commands.Calibrate;

/// <summary>
/// <c>siege calibrate --method abc</c>: the scenario's ranged figures fitted to its whole record by ABC-SMC
/// (<see cref="AbcSmc"/>), each generation kept in the run store so that the same command run again resumes.
/// </summary>
internal static class AbcCalibration
{
    /// <summary>Runs a particle of the posterior predictive check makes on fresh seeds.</summary>
    private const int PredictiveRuns = 1;

    public static int Execute(CliOutput output, CalibrateCommand.Settings settings, CancellationToken cancellation)
    {
        RunStoreOption.Check(settings.Store);
        var loaded = ScenarioOption.LoadOrFail(settings.Scenario, output);
        var files = ShippedVariants.Of(settings.Scenario).Scenario;
        IReadOnlyList<string> paths = settings.Parameter is { Length: > 0 } given ? given
            : loaded.JointCalibration?.Parameters
              ?? throw new CliException($"scenario {loaded.Scenario.Id} names no figures to fit (calibration.joint.parameters in its YAML); pass --parameter PATH");
        ScenarioProblem problem;
        try
        {
            problem = ScenarioProblem.Create(files, loaded, paths, settings.Observe, loaded.JointCalibration?.LeaveOut, settings.CutoffDay);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"calibrate: {e.Message}");
        }
        var abc = new AbcSettings
        {
            Particles = Math.Max(2, settings.Particles),
            RunsPerParticle = settings.RunsPerParticle,
            MaxGenerations = settings.Generations,
            MaxRuns = settings.MaxRuns,
            Seed = settings.Seed,
            Threads = settings.Threads,
        };

        var clock = Stopwatch.StartNew();
        output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"calibrate: ABC-SMC of {problem.Figures.Count} figures against {problem.Used.Count(u => u)} record items, {abc.Particles:N0} particles x {abc.RunsPerParticle} runs, at most {abc.MaxGenerations} generations"));
        AbcResult result;
        using (var store = RunStoreOption.Open(settings.Store))
        {
            result = AbcSmc.Run(problem.Problem, abc, new RunStorePopulationStore(store),
                stats => output.Error.WriteLine(Progress(stats, clock.Elapsed)), cancellation);
        }
        if (result.ResumedFrom is { } resumed)
            output.Error.WriteLine($"calibrate: resumed from generation {resumed} kept in {settings.Store}");
        output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"calibrate: stopped ({Reason(result.Stop)}) after generation {result.Population.Generation}; posterior predictive on fresh seeds"));
        var predictive = AbcPredictive.Run(problem.Problem, result.Population, PredictiveRuns, settings.Seed, settings.Threads);
        IReadOnlyList<Predictive>? prior = null;
        if (problem.Cutoff is not null)
        {
            // As many runs from the prior as the posterior predictive makes, on streams of their own.
            output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"calibrate: prior predictive ({result.Population.Particles.Length:N0} draws from the prior x {PredictiveRuns} run) for the out-of-sample scores"));
            prior = AbcPredictive.Prior(problem.Problem, result.Population.Particles.Length, PredictiveRuns, settings.Seed, settings.Threads);
        }
        var report = AbcReport.From(problem, result, predictive, prior);
        output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"calibrate: done in {clock.Elapsed.TotalSeconds:0.0} s"));
        if (settings.Json) output.Out.WriteLine(Json.Serialize(report));
        else Write(output, loaded.Scenario.Id, report, result);
        return SiegeApp.Ok;
    }

    /// <summary>One plain line a generation, on a terminal or not: a generation takes seconds to minutes.</summary>
    private static string Progress(AbcGenerationStats s, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"calibrate: generation {s.Generation}: tolerance {(double.IsFinite(s.Epsilon) ? s.Epsilon.ToString("0.###", CultureInfo.InvariantCulture) : "none (the prior)")}, acceptance {s.Acceptance:P1}, ESS {s.Ess:0}, {s.Runs:N0} runs ({s.TotalRuns:N0} in all), {elapsed.TotalSeconds:0} s");

    private static string Reason(AbcStop stop) => stop switch
    {
        AbcStop.Generations => "the last generation asked for",
        AbcStop.Epsilon => "the tolerance reached its floor",
        AbcStop.Acceptance => "too few proposals accepted",
        _ => "the budget of runs",
    };

    private static void Write(CliOutput output, string scenario, AbcReport report, AbcResult result)
    {
        var o = output.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Joint calibration of {scenario} by ABC-SMC: {report.Particles:N0} particles, {report.Generations.Count} generations, stopped: {Reason(result.Stop)}."));
        var generations = new Table().AddColumns("generation", "tolerance", "acceptance", "ESS", "runs");
        for (var i = 0; i < report.Generations.Count; i++)
        {
            var g = report.Generations[i];
            generations.AddRow(i.ToString(CultureInfo.InvariantCulture), g.Epsilon is { } e ? F(e) : "—", string.Create(CultureInfo.InvariantCulture, $"{g.Acceptance:P1}"),
                string.Create(CultureInfo.InvariantCulture, $"{g.Ess:0}"), string.Create(CultureInfo.InvariantCulture, $"{g.Runs:N0}"));
        }
        output.Console.Write(generations);
        o.WriteLine("Posterior (prior: uniform over each figure's range):");
        var parameters = new Table().AddColumns("figure", "prior low", "prior high", "p05", "p50", "p95");
        foreach (var p in report.Parameters)
            parameters.AddRow(Markup.Escape(p.Path), F(p.Prior.Low), F(p.Prior.High), F(p.Posterior.P05), F(p.Posterior.P50), F(p.Posterior.P95));
        output.Console.Write(parameters);
        o.WriteLine("Posterior predictive (fresh seeds; days from the start, or men):");
        var checks = new Table().AddColumns("record item", "used", "recorded", "p10", "p50", "p90", "in 80%");
        foreach (var c in report.Predictive)
            checks.AddRow(Markup.Escape(c.Item), c.Used ? "yes" : "no", Markup.Escape(c.Bound is null ? F(c.Recorded) : $"{c.Bound} {F(c.Recorded)}"),
                F(c.P10), F(c.P50), F(c.P90), c.Covered80 ? "yes" : "no");
        output.Console.Write(checks);
        if (report.OutOfSample is { } test) WriteOutOfSample(output, test);
    }

    private static void WriteOutOfSample(CliOutput output, AbcReport.OutOfSampleTest test)
    {
        var o = output.Out;
        o.WriteLine($"Out of sample: fitted to the record items dated on or before {test.Cutoff}; predicted, the items after it");
        o.WriteLine("(CRPS on the calibration's scale: days, or the natural logarithm of men; lower is better; none for a bound):");
        var items = new Table().AddColumns("record item", "recorded", "p10", "p50", "p90", "in 80%", "CRPS", "CRPS prior");
        foreach (var i in test.Items)
            items.AddRow(Markup.Escape(i.Item), Markup.Escape(i.Bound is null ? F(i.Recorded) : $"{i.Bound} {F(i.Recorded)}"), F(i.P10), F(i.P50), F(i.P90),
                i.Covered80 ? "yes" : "no", i.Crps is { } c ? F(c) : "—", i.CrpsPrior is { } p ? F(p) : "—");
        output.Console.Write(items);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Covered by the 80% intervals: {test.Items.Count(i => i.Covered80)} of {test.Items.Count} ({test.Coverage80:P0}). Mean CRPS: {(test.Crps is { } m ? F(m) : "—")} fitted, {(test.CrpsPrior is { } q ? F(q) : "—")} from the prior{Verdict(test)}."));
    }

    /// <summary>Which of fitting and not fitting scores better on the mean, and on how many items each.</summary>
    private static string Verdict(AbcReport.OutOfSampleTest test)
    {
        var scored = test.Items.Where(i => i.Crps is not null && i.CrpsPrior is not null).ToList();
        var better = string.Create(CultureInfo.InvariantCulture, $" (better on {scored.Count(i => i.Crps < i.CrpsPrior)} of {scored.Count} items)");
        return (test.Crps, test.CrpsPrior) switch
        {
            ({ } fitted, { } prior) when fitted < prior => ": fitting on the record before the cutoff beats not fitting" + better,
            ({ } fitted, { } prior) when fitted > prior => ": fitting on the record before the cutoff does worse than not fitting" + better,
            ({ }, { }) => ": no better than not fitting" + better,
            _ => "",
        };
    }

    private static string F(double x) => Math.Abs(x) >= 100
        ? x.ToString("N0", CultureInfo.InvariantCulture)
        : x.ToString("0.###", CultureInfo.InvariantCulture);
}
