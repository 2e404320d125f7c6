using System.ComponentModel;
using System.Globalization;
using Siege.Analysis.Validation;
using Siege.Cli.Infrastructure;
using Siege.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands.Battles;

/// <summary><c>siege battles validate</c>: k-fold cross-validation by battle against two baselines.</summary>
internal sealed class BattlesValidateCommand(CliOutput output) : Command<BattlesValidateCommand.Settings>
{
    public sealed class Settings : FormatSettings
    {
        [CommandOption("--folds <K>")]
        [Description("Number of folds (each battle is held out exactly once).")]
        [DefaultValue(CrossValidation.DefaultFolds)]
        [TypeConverter(typeof(Accepts.Folds))]
        public int Folds { get; init; } = CrossValidation.DefaultFolds;

        [CommandOption("--seed <N>")]
        [Description("Seed of the assignment of battles to folds.")]
        [DefaultValue(CrossValidation.DefaultSeed)]
        [TypeConverter(typeof(Accepts.Seed))]
        public ulong Seed { get; init; } = CrossValidation.DefaultSeed;

    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var report = CrossValidation.RunCdb90(settings.Folds, settings.Seed);
        if (settings.Json)
        {
            output.Out.WriteLine(Json.Serialize(report));
            return SiegeApp.Ok;
        }
        output.Out.WriteLine($"{report.Folds}-fold cross-validation by battle (seed {settings.Seed}); MAE = median absolute error of the log daily casualty rate, both sides pooled.");
        var table = new Table().AddColumns("subset", "battles", "model MAE", "coverage of 80% intervals", "posture-median MAE", "Lanchester-square MAE");
        foreach (var (name, s) in new[] { ("all", report.Subsets.All), ("ww2-prepared-fortified", report.Subsets.Ww2PreparedFortified) })
            table.AddRow(name, s.Battles.ToString(CultureInfo.InvariantCulture), F(s.Model.Mae), F(s.Model.Coverage80), F(s.PostureMedian.Mae), F(s.LanchesterSquare.Mae));
        output.Console.Write(table);
        return SiegeApp.Ok;
    }

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}
