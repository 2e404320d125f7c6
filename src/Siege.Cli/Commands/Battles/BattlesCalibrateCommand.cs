using System.ComponentModel;
using System.Globalization;
using Siege.Analysis.Attrition;
using Siege.Calibration;
using Siege.Cli.Commands.Calibrate;
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
        [Description(PriorOptions.PostureDescription)]
        public string? Posture { get; init; }

        [CommandOption("--terrain <TERRAIN>")]
        [Description(PriorOptions.TerrainDescription)]
        public string? Terrain { get; init; }

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

        public override ValidationResult Validate() =>
            PriorOptions.Validate(Posture, Terrain) is { Successful: false } bad ? bad : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioOption.LoadOrFail(settings.Scenario, output);
        var setting = PriorOptions.Resolve(loaded, settings.Posture, settings.Terrain);
        var steps = CdbRateMatching.Run(loaded.Scenario, AttritionModel.FitCdb90(), setting, settings.Runs, settings.Steps);
        if (settings.Json)
        {
            output.Out.WriteLine(Json.Serialize(new
            {
                scenario = loaded.Scenario.Id, posture = Cdb90Words.Lower(setting.Posture), terrain = Cdb90Words.Lower(setting.Terrain), runs = settings.Runs, steps,
            }));
            return SiegeApp.Ok;
        }
        output.Out.WriteLine($"Kill rates for {loaded.Scenario.NameEn} that make {settings.Runs} seeds lose men at the CDB90 median rates of {Cdb90Words.Battle(setting)}.");
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
