using Siege.Cli.Commands;
using Siege.Cli.Commands.Battles;
using Siege.Cli.Commands.Calibrate;
using Siege.Cli.Commands.Lanchester;
using Siege.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Siege.Cli;

/// <summary>The <c>siege</c> command line. Bad input ends with one line on standard error and exit code 2.</summary>
public static class SiegeApp
{
    public const int Ok = 0;
    public const int BadInput = 2;
    public const int InternalError = 3;

    public static int Run(string[] args, CliOutput output)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliOutput), output);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("siege");
            config.ConfigureConsole(output.Console);
            config.PropagateExceptions();
            config.UseStrictParsing();
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
            config.AddCommand<WhatIfCommand>("whatif")
                .WithDescription("Run a variant and its baseline on the same seeds and report the paired difference.")
                .WithExample("whatif", "--variant", "relief-early", "--runs", "500");
            config.AddCommand<SensitivityCommand>("sensitivity")
                .WithDescription("Move each figure that has a range to its low and high end, one at a time, and rank them by how much the siege moves.")
                .WithExample("sensitivity", "--runs", "200")
                .WithExample("sensitivity", "--runs", "500", "--only", "KillRate", "--format", "json");
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
                    .WithDescription("Fit daily casualty rates on the CDB90 battles and show the coefficients with their uncertainty.");
                battles.AddCommand<BattlesValidateCommand>("validate")
                    .WithDescription("Cross-validate the fit by battle against the posture-median and Lanchester square-law baselines.")
                    .WithExample("battles", "validate", "--format", "json");
                battles.AddCommand<BattlesPredictCommand>("predict")
                    .WithDescription("Predict both sides' casualties for a battle, with an 80% interval.")
                    .WithExample("battles", "predict", "--attacker", "30000", "--defender", "14000", "--posture", "fortified", "--terrain", "rugged", "--days", "47");
                battles.AddCommand<BattlesCalibrateCommand>("calibrate")
                    .WithDescription("Find the engine's kill rates with which a scenario loses men at the CDB90 fit's median rates.");
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
                .WithExample("fit", "--input", "strengths.csv", "--law", "square");
            config.AddCommand<LintCommand>("lint")
                .WithDescription("Check a scenario and report every problem as file:line:col: message.")
                .WithExample("lint")
                .WithExample("lint", "scenarios/hengyang-1944");
            config.AddCommand<SchemaCommand>("schema")
                .WithDescription("Write the JSON Schemas of scenario and variant files (one per file of a scenario), for editors to complete and check them.")
                .WithExample("schema")
                .WithExample("schema", "--out", "schemas");
        });

        try
        {
            return app.Run(args);
        }
        catch (CommandAppException e)
        {
            output.Error.WriteLine($"siege: {OneLine(e.Message)}");
            return BadInput;
        }
        catch (CliException e)
        {
            output.Error.WriteLine($"siege: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e)
        {
            output.Error.WriteLine($"siege: internal error ({e.GetType().Name}): {OneLine(e.Message)}. Please report it with the command you ran.");
            if (Environment.GetEnvironmentVariable("SIEGE_DEBUG") == "1") output.Error.WriteLine(e.ToString());
            return InternalError;
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}

/// <summary>A problem with the user's input, reported as one line.</summary>
public sealed class CliException(string message, int exitCode = SiegeApp.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
