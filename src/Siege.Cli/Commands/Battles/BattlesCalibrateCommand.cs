using System.ComponentModel;
using System.Globalization;
using Siege.Analysis.Attrition;
using Siege.Calibration;
using Siege.Cli.Infrastructure;
using Siege.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands.Battles;

/// <summary><c>siege battles calibrate</c>: the engine's kill rates that reproduce the CDB90 fit for a scenario.</summary>
internal sealed class BattlesCalibrateCommand(CliOutput output) : Command<BattlesCalibrateCommand.Settings>
{
    public sealed class Settings : FormatSettings
    {
        [CommandOption("--scenario <PATH>")]
        [Description("Scenario folder or .yaml file (default: the embedded Hengyang 1944 scenario).")]
        public string? Scenario { get; init; }

        [CommandOption("--posture <POSTURE>")]
        [Description("The defender's posture in CDB90's terms: hasty, prepared or fortified.")]
        [DefaultValue("fortified")]
        public string Posture { get; init; } = "fortified";

        [CommandOption("--terrain <TERRAIN>")]
        [Description("open, rugged, wooded, desert or urban.")]
        [DefaultValue("rugged")]
        public string Terrain { get; init; } = "rugged";

        [CommandOption("--runs <N>")]
        [Description("Seeds per step.")]
        [DefaultValue(60)]
        [TypeConverter(typeof(Accepts.Count))]
        public int Runs { get; init; } = 60;

        [CommandOption("--steps <N>")]
        [Description("Steps of the search.")]
        [DefaultValue(10)]
        [TypeConverter(typeof(Accepts.Count))]
        public int Steps { get; init; } = 10;

        public override ValidationResult Validate()
        {
            if (BattlesPredictCommand.Parse<PostureClass>(Posture) is null) return ValidationResult.Error($"--posture must be hasty, prepared or fortified, not '{Posture}'");
            if (BattlesPredictCommand.Parse<TerrainClass>(Terrain) is null) return ValidationResult.Error($"--terrain must be open, rugged, wooded, desert or urban, not '{Terrain}'");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioOption.LoadOrFail(settings.Scenario, output);
        var steps = CdbRateMatching.Run(loaded.Scenario, AttritionModel.FitCdb90(),
            BattlesPredictCommand.Parse<PostureClass>(settings.Posture)!.Value, BattlesPredictCommand.Parse<TerrainClass>(settings.Terrain)!.Value,
            settings.Runs, settings.Steps);
        if (settings.Json)
        {
            output.Out.WriteLine(Json.Serialize(new { scenario = loaded.Scenario.Id, posture = settings.Posture, terrain = settings.Terrain, runs = settings.Runs, steps }));
            return SiegeApp.Ok;
        }
        output.Out.WriteLine($"Kill rates for {loaded.Scenario.NameEn} that make {settings.Runs} seeds lose men at the CDB90 median rates of a WWII {settings.Posture} defence on {settings.Terrain} ground.");
        output.Out.WriteLine("Step 1 is the scenario's own rates; rates are per engaged man per day of assault, casualty rates per initial strength per day.");
        var table = new Table().AddColumns("step", "attackerKillRate", "defenderKillRate", "median days", "force ratio",
            "attacker rate: run / CDB90", "defender rate: run / CDB90", "attacker K+W", "defender K+W+C");
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), F(s.AttackerKillRate, "0.0000"), F(s.DefenderKillRate, "0.0000"),
                F(s.MedianDays, "0.0"), F(s.ForceRatio, "0.00"),
                $"{P(s.SimulatedAttackerRate)} / {P(s.TargetAttackerRate)}", $"{P(s.SimulatedDefenderRate)} / {P(s.TargetDefenderRate)}",
                F(s.AttackerCasualties, "N0"), F(s.DefenderCasualties, "N0"));
        }
        output.Console.Write(table);
        return SiegeApp.Ok;
    }

    private static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);

    private static string P(double rate) => (rate * 100).ToString("0.000", CultureInfo.InvariantCulture) + "%";
}
