using Siege.Cli.Commands;
using Siege.Cli.Commands.Battles;
using Siege.Cli.Commands.Calibrate;
using Siege.Cli.Commands.Lanchester;
using Spectre.Console.Cli;

namespace Siege.Cli;

/// <summary>
/// The commands of <c>siege</c>, their one-line descriptions and examples. Every example is parsed and validated by
/// a test (and shown by <c>--help</c>), so one that no longer fits its command fails the build.
/// </summary>
internal static class SiegeCommands
{
    public static void Add(IConfigurator config)
    {
        config.AddCommand<RunCommand>("run")
            .WithDescription("Run one siege and print its chronicle and fidelity table (default: the embedded Hengyang 1944 scenario, seed 1).")
            .WithExample("run")
            .WithExample("run", "--seed", "42", "--format", "json")
            .WithExample("run", "--scenario", "scenarios/hengyang-1944");
        config.AddCommand<EnsembleCommand>("ensemble")
            .WithDescription("Run many seeds into a crash-safe run store (resuming what is there) and summarise them beside the record.")
            .WithExample("ensemble", "--runs", "1000")
            .WithExample("ensemble", "--runs", "10000", "--threads", "2", "--store", "hengyang.db", "--format", "json");
        config.AddCommand<ExportCommand>("export")
            .WithDescription("Write the stored runs as a tidy CSV or Parquet table (runs, positions or daily).")
            .WithExample("export", "--format", "csv", "--out", "runs.csv")
            .WithExample("export", "--what", "daily", "--format", "parquet", "--out", "daily.parquet");
        config.AddBranch("store", store =>
        {
            store.SetDescription("Work on run stores as files.");
            store.AddCommand<StoreMergeCommand>("merge")
                .WithDescription("Merge run stores (such as the shards of one ensemble run on several machines) into one.")
                .WithExample("store", "merge", "all.db", "shard-1.db", "shard-2.db", "shard-3.db");
        });
        config.AddCommand<WhatIfCommand>("whatif")
            .WithDescription("Run a variant and its baseline on the same seeds and report the paired difference.")
            .WithExample("whatif", "--variant", "relief-early", "--runs", "500");
        config.AddCommand<SensitivityCommand>("sensitivity")
            .WithDescription("Rank the figures that have a range by how much the siege depends on them: one at a time (oat), or all varying together (sobol, morris).")
            .WithExample("sensitivity", "--runs", "200")
            .WithExample("sensitivity", "--runs", "500", "--only", "KillRate", "--format", "json")
            .WithExample("sensitivity", "--method", "morris", "--samples", "10", "--runs", "10")
            .WithExample("sensitivity", "--method", "sobol", "--test-function", "ishigami", "--samples", "4096");
        config.AddCommand<VariantsCommand>("variants")
            .WithDescription("List the what-if variants shipped with a scenario: id, names in Chinese and English, what each changes.")
            .WithExample("variants")
            .WithExample("variants", "--scenario", "scenarios/iwo-jima-1945", "--format", "json");
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("Serve the web viewer and the JSON API (scenarios, run traces, variants, what-ifs) on this machine.")
            .WithExample("serve")
            .WithExample("serve", "--port", "8080", "--scenario", "scenarios/hengyang-1944");
        config.AddCommand<ReportCommand>("report")
            .WithDescription("Write one self-contained bilingual HTML report: scenario, representative run, ensemble, fidelity, what-ifs, methods, sources.")
            .WithExample("report", "--runs", "1000", "--out", "report.html")
            .WithExample("report", "--store", "hengyang.db", "--variant", "relief-early", "--variant", "more-ammunition", "--out", "report.html");
        config.AddBranch("battles", battles =>
        {
            battles.SetDescription("Real battles (CDB90): the attrition-rate model fitted on them and its validation.");
            battles.AddCommand<BattlesFitCommand>("fit")
                .WithDescription("Fit daily casualty rates on the CDB90 battles and show the coefficients with their uncertainty.")
                .WithExample("battles", "fit");
            battles.AddCommand<BattlesValidateCommand>("validate")
                .WithDescription("Cross-validate the fit by battle against the posture-median and Lanchester square-law baselines.")
                .WithExample("battles", "validate", "--format", "json");
            battles.AddCommand<BattlesPredictCommand>("predict")
                .WithDescription("Predict both sides' casualties for a battle, with an 80% interval.")
                .WithExample("battles", "predict", "--attacker", "30000", "--defender", "14000", "--posture", "fortified", "--terrain", "rugged", "--days", "47", "--year", "1944");
            battles.AddCommand<BattlesCalibrateCommand>("calibrate")
                .WithDescription("Find the engine's kill rates with which a scenario loses men at the CDB90 fit's median rates.")
                .WithExample("battles", "calibrate", "--runs", "30", "--steps", "5");
        });
        config.AddCommand<CalibrateCommand>("calibrate")
            .WithDescription("Bayesian calibration of the two kill rates: the CDB90 fit as prior, the record's figures as likelihood.")
            .WithExample("calibrate")
            .WithExample("calibrate", "--observe", "duration", "--observe", "cas-defender-total", "--format", "json");
        config.AddCommand<LanchesterCommand>("lanchester")
            .WithDescription("Integrate a Lanchester model (linear, square, logarithmic, mixed, Helmbold or general) from a file or the options.")
            .WithExample("lanchester", "--engel")
            .WithExample("lanchester", "--law", "square", "-a", "0.0544", "-b", "0.0106", "--x0", "0", "--y0", "21500", "--days", "40", "--reinforce", "attacker 54000 from 0 to 1");
        config.AddCommand<FitCommand>("fit")
            .WithDescription("Estimate Lanchester coefficients and exponents, with standard errors, from a strength series.")
            .WithExample("fit", "--input", "examples/lanchester/engel-iwo-jima-strengths.csv", "--law", "square");
        config.AddCommand<LintCommand>("lint")
            .WithDescription("Check a scenario and report every problem as file:line:col: message.")
            .WithExample("lint")
            .WithExample("lint", "scenarios/hengyang-1944");
        config.AddCommand<SchemaCommand>("schema")
            .WithDescription("Write the JSON Schemas of scenario and variant files (one per file of a scenario), for editors to complete and check them.")
            .WithExample("schema")
            .WithExample("schema", "--out", "schemas");
    }
}
