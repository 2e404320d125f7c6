using System.ComponentModel;
using System.Globalization;
using Siege.Analysis.Attrition;
using Siege.Cli.Infrastructure;
using Siege.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands.Battles;

/// <summary><c>siege battles predict</c>: both sides' casualties for a setting, with the model's 80% interval.</summary>
internal sealed class BattlesPredictCommand(CliOutput output) : Command<BattlesPredictCommand.Settings>
{
    public sealed class Settings : FormatSettings
    {
        [CommandOption("--attacker <N>")]
        [Description("Attacker's initial strength (men). Required.")]
        [TypeConverter(typeof(Accepts.PositiveNumber))]
        public double? Attacker { get; init; }

        [CommandOption("--defender <N>")]
        [Description("Defender's initial strength (men). Required.")]
        [TypeConverter(typeof(Accepts.PositiveNumber))]
        public double? Defender { get; init; }

        [CommandOption("--posture <POSTURE>")]
        [Description("The defender's posture in CDB90's classes: hasty, prepared, fortified or other. Required.")]
        public string? Posture { get; init; }

        [CommandOption("--terrain <TERRAIN>")]
        [Description("The ground in CDB90's classes: open, rugged, wooded, desert or urban. Required.")]
        public string? Terrain { get; init; }

        [CommandOption("--days <D>")]
        [Description("Length of the battle in days. Required.")]
        [TypeConverter(typeof(Accepts.PositiveNumber))]
        public double? Days { get; init; }

        [CommandOption("--year <YEAR>")]
        [Description("The year the battle began, which sets its period (before 1900, 1900-1938, 1939-1945, after 1945). Required.")]
        [TypeConverter(typeof(Accepts.Year))]
        public int? Year { get; init; }

        public override ValidationResult Validate()
        {
            if (Attacker is null) return ValidationResult.Error("--attacker is required: the attacker's initial strength (men)");
            if (Defender is null) return ValidationResult.Error("--defender is required: the defender's initial strength (men)");
            if (Days is null) return ValidationResult.Error("--days is required: the length of the battle in days");
            if (Year is null) return ValidationResult.Error("--year is required: the year the battle began, which sets its period");
            if (Posture is null) return ValidationResult.Error("--posture is required: the defender's posture (hasty, prepared, fortified or other)");
            if (Terrain is null) return ValidationResult.Error("--terrain is required: the ground (open, rugged, wooded, desert or urban)");
            if (Parse<PostureClass>(Posture) is null) return ValidationResult.Error($"--posture must be hasty, prepared, fortified or other, not '{Posture}'");
            if (Parse<TerrainClass>(Terrain) is null) return ValidationResult.Error($"--terrain must be open, rugged, wooded, desert or urban, not '{Terrain}'");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var prediction = AttritionModel.FitCdb90().Predict(
            settings.Attacker!.Value, settings.Defender!.Value, Parse<PostureClass>(settings.Posture!)!.Value,
            Parse<TerrainClass>(settings.Terrain!)!.Value, AttritionClasses.PeriodOf(settings.Year!.Value), settings.Days!.Value);
        if (settings.Json)
        {
            output.Out.WriteLine(Json.Serialize(new
            {
                conditions = new { attacker = settings.Attacker, defender = settings.Defender, posture = settings.Posture, terrain = settings.Terrain, days = settings.Days, year = settings.Year },
                level = prediction.Level,
                attacker = Side(prediction.Attacker),
                defender = Side(prediction.Defender),
            }));
            return SiegeApp.Ok;
        }
        var table = new Table().Title($"Predicted casualties (median and {prediction.Level:P0} interval), CDB90 model")
            .AddColumns("side", "casualties", "interval", "daily rate");
        foreach (var (name, side) in new[] { ("attacker", prediction.Attacker), ("defender", prediction.Defender) })
            table.AddRow(name, N(side.Casualties), Markup.Escape($"[{N(side.CasualtiesLow)}, {N(side.CasualtiesHigh)}]"),
                Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{side.DailyRate.Median * 100:0.00}% [{side.DailyRate.Low * 100:0.00}, {side.DailyRate.High * 100:0.00}]")));
        output.Console.Write(table);
        return SiegeApp.Ok;
    }

    private static object Side(SidePrediction s) => new
    {
        casualties = Math.Round(s.Casualties),
        low = Math.Round(s.CasualtiesLow),
        high = Math.Round(s.CasualtiesHigh),
        dailyRate = new { median = s.DailyRate.Median, low = s.DailyRate.Low, high = s.DailyRate.High },
    };

    internal static T? Parse<T>(string text) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _) ? value : null;

    private static string N(double x) => x.ToString("N0", CultureInfo.InvariantCulture);
}
