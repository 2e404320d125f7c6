using System.ComponentModel;
using Siege.Analysis.Attrition;
using Siege.Calibration;
using Siege.Cli.Infrastructure;
using Siege.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands.Calibrate;

/// <summary><c>siege calibrate</c>: the posterior of the two kill rates, CDB90 prior times the record's likelihood.</summary>
internal sealed class CalibrateCommand(CliOutput output) : Command<CalibrateCommand.Settings>
{
    public sealed class Settings : FormatSettings
    {
        [CommandOption("--scenario <PATH>")]
        [Description("Scenario folder or .yaml file (default: the embedded Hengyang 1944 scenario).")]
        public string? Scenario { get; init; }

        [CommandOption("--variant <NAME|PATH>")]
        [Description("Calibrate the scenario with this variant applied.")]
        public string? Variant { get; init; }

        [CommandOption("--seeds <N>")]
        [Description("Seeds run at each point of the fine grid (the coarse grid runs half as many).")]
        [DefaultValue(32)]
        [TypeConverter(typeof(Accepts.CalibrationSeeds))]
        public int Seeds { get; init; } = 32;

        [CommandOption("--grid <N>")]
        [Description("Points on each axis of the fine grid.")]
        [DefaultValue(21)]
        [TypeConverter(typeof(Accepts.GridPoints))]
        public int Grid { get; init; } = 21;

        [CommandOption("--observe <ID>")]
        [Description("A record item the likelihood uses (repeat the option); default: the scenario's calibration.observe list, or every item a run measures.")]
        public string[]? Observe { get; init; }

        [CommandOption("--posture <POSTURE>")]
        [Description(PriorOptions.PostureDescription)]
        public string? Posture { get; init; }

        [CommandOption("--terrain <TERRAIN>")]
        [Description(PriorOptions.TerrainDescription)]
        public string? Terrain { get; init; }

        [CommandOption("--threads <T>")]
        [Description("Worker threads (default: one per core). The result does not depend on it.")]
        [DefaultValue(0)]
        [TypeConverter(typeof(Accepts.Threads))]
        public int Threads { get; init; }

        [CommandOption("--method <METHOD>")]
        [Description("grid: the two kill rates on a grid (CDB90 prior); abc: every figure of calibration.joint (or --parameter) by ABC-SMC against the whole record.")]
        [DefaultValue("grid")]
        public string Method { get; init; } = "grid";

        [CommandOption("--parameter <PATH>")]
        [Description("abc: a ranged figure to fit, by its path (repeat the option); default: the scenario's calibration.joint.parameters.")]
        public string[]? Parameter { get; init; }

        [CommandOption("--particles <N>")]
        [Description("abc: particles in each population.")]
        [DefaultValue(1000)]
        [TypeConverter(typeof(Accepts.Count))]
        public int Particles { get; init; } = 1000;

        [CommandOption("--runs-per-particle <N>")]
        [Description("abc: runs (seeds) of each particle.")]
        [DefaultValue(3)]
        [TypeConverter(typeof(Accepts.Count))]
        public int RunsPerParticle { get; init; } = 3;

        [CommandOption("--generations <N>")]
        [Description("abc: stop after this many generations, the prior's sample included.")]
        [DefaultValue(10)]
        [TypeConverter(typeof(Accepts.Count))]
        public int Generations { get; init; } = 10;

        [CommandOption("--max-runs <N>")]
        [Description("abc: stop before a batch of proposals that would pass this many runs in all.")]
        [TypeConverter(typeof(Accepts.Count))]
        public int? MaxRuns { get; init; }

        [CommandOption("--seed <S>")]
        [Description("abc: the calibration's seed (every draw and every run's seed comes from it).")]
        [DefaultValue(1UL)]
        [TypeConverter(typeof(Accepts.Seed))]
        public ulong Seed { get; init; } = 1;

        [CommandOption("--store <FILE>")]
        [Description("abc: the run store that keeps each generation; the same command run again resumes from the last one kept.")]
        [DefaultValue(Ensembles.RunStore.DefaultFileName)]
        public string Store { get; init; } = Ensembles.RunStore.DefaultFileName;

        [CommandOption("--cutoff <DATE>")]
        [Description("abc: an out-of-sample test: fit only the record items dated on or before this day (yyyy-MM-dd), then predict the later ones and score the predictions against the prior's.")]
        public string? Cutoff { get; init; }

        public bool Abc => Method == "abc";

        /// <summary>The day of <c>--cutoff</c>, once <see cref="Validate"/> has accepted it.</summary>
        public DateTime? CutoffDay => Cutoff is null ? null
            : DateTime.ParseExact(Cutoff, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None);

        public override ValidationResult Validate()
        {
            if (Method is not ("grid" or "abc")) return ValidationResult.Error($"--method must be grid or abc, not '{Method}'");
            if (Abc && Variant is not null) return ValidationResult.Error("--variant: --method abc calibrates a scenario itself; give --scenario for another one");
            if (Cutoff is not null && !Abc) return ValidationResult.Error("--cutoff: only with --method abc (the out-of-sample test of the joint calibration)");
            if (Cutoff is not null && !DateTime.TryParseExact(Cutoff, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
                return ValidationResult.Error($"--cutoff: '{Cutoff}' is not a date written yyyy-MM-dd (such as 1944-07-20)");
            if (!Abc && Parameter is { Length: > 0 }) return ValidationResult.Error("--parameter: only with --method abc (grid fits the two kill rates)");
            return PriorOptions.Validate(Posture, Terrain) is { Successful: false } bad ? bad : base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Abc) return AbcCalibration.Execute(output, settings, cancellationToken);
        var choice = ScenarioOption.LoadOrFail(settings.Scenario, settings.Variant, output);
        var scenario = choice.Loaded.Scenario;
        var setting = PriorOptions.Resolve(choice.Loaded, settings.Posture, settings.Terrain);
        var calibration = new CalibrationSettings
        {
            Seeds = settings.Seeds,
            CoarseSeeds = Math.Max(2, settings.Seeds / 2),
            FinePoints = settings.Grid,
            Threads = settings.Threads == 0 ? Environment.ProcessorCount : settings.Threads,
            Observed = settings.Observe is { Length: > 0 } ids ? ids : CalibrationSettings.DefaultObserved(choice.Loaded),
        };
        var targets = RecordTargets.From(choice.Loaded.Record, scenario);
        var known = targets.Select(t => t.ItemId).ToList();
        var unknown = calibration.Observed.FirstOrDefault(id => !known.Contains(id));
        if (unknown is not null)
        {
            var reason = RecordTargets.Unmeasured(choice.Loaded.Record, scenario).FirstOrDefault(u => u.ItemId == unknown)?.Reason;
            throw new CliException($"--observe {unknown}: not a record item a run measures{(reason is null ? "" : $" ({reason})")} (one of: {string.Join(", ", known)})");
        }

        PriorDerivation prior;
        try
        {
            prior = Cdb90Prior.Derive(scenario, AttritionModel.FitCdb90(), setting);
        }
        catch (CdbRatesOutOfReachException e)
        {
            throw new CliException($"calibrate: no CDB90 prior for {scenario.Id}: {e.Message}; the two kill rates cannot be calibrated alone in this model (see docs/model.md)");
        }
        CalibrationResult result;
        try
        {
            result = RecordCalibration.Run(scenario, choice.Loaded.Record, prior, calibration);
        }
        catch (RecordOutOfReachException e)
        {
            throw new CliException(
                $"calibrate: no pair of kill rates on the grid produced the record items it fits ({string.Join(", ", e.ItemIds)}) " +
                $"in any of its {e.RunsPerPoint} runs, so the model cannot be fitted to them as the scenario stands; " +
                "name items it can reach with --observe, or look at the runs (siege ensemble) to see what never happens");
        }
        if (settings.Json) output.Out.WriteLine(Json.Serialize(CalibrationJson.From(scenario.Id, choice.Variant?.Id, calibration, result)));
        else CalibrationText.Write(output, scenario, calibration, result);
        return SiegeApp.Ok;
    }
}
