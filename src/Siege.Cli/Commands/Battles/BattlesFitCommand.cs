using Siege.Analysis.Validation;
using System.ComponentModel;
using System.Globalization;
using Siege.Analysis.Attrition;
using Siege.Cli.Infrastructure;
using Siege.Cli.Output;
using Siege.Ensembles;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands.Battles;

/// <summary><c>siege battles fit</c>: the daily casualty-rate model fitted on every usable CDB90 battle.</summary>
internal sealed class BattlesFitCommand(CliOutput output) : Command<BattlesFitCommand.Settings>
{
    public sealed class Settings : FormatSettings
    {
        [CommandOption("--scenario <PATH>")]
        [Description("Also show the typical rates at this scenario's recorded length (default: the embedded Hengyang 1944 scenario).")]
        public string? Scenario { get; init; }

        [CommandOption("--days <D>")]
        [Description("Also show the typical rates at this length in days, instead of the scenario's recorded length.")]
        [TypeConverter(typeof(Accepts.PositiveNumber))]
        public double? Days { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var sample = AttritionSample.FromCdb90();
        var model = AttritionModel.FitCdb90();
        var typical = TypicalRates(model, sample, LengthOfInterest(settings));
        if (settings.Json)
        {
            output.Out.WriteLine(Json.Serialize(new
            {
                battles = model.Battles,
                dropped = sample.Dropped.Length,
                response = "log(casualties / initial strength / days)",
                attacker = Side(model.Attacker),
                defender = Side(model.Defender),
                typicalRates = typical,
            }));
            return SiegeApp.Ok;
        }

        output.Out.WriteLine($"Daily casualty rates fitted on {model.Battles} CDB90 battles ({sample.Dropped.Length} left out: no initial strength or no casualties).");
        output.Out.WriteLine("Response: log(casualties / initial strength / calendar days), least squares, each side apart.");
        output.Out.WriteLine("Reference: hasty defence, open terrain, before 1900.");
        foreach (var (name, regression) in new[] { ("attacker", model.Attacker), ("defender", model.Defender) })
        {
            var table = new Table().Title($"{name} (residual SD {F(regression.ResidualSd)})").AddColumns("term", "estimate", "std. error", "95% interval");
            foreach (var c in regression.Coefficients)
                table.AddRow(c.Term, F(c.Estimate), F(c.StandardError), Markup.Escape($"[{F(c.Low95)}, {F(c.High95)}]"));
            output.Console.Write(table);
        }
        var rates = new Table().Title("Fitted WWII daily rates (% of initial strength per day, 80% interval)")
            .AddColumns("defence", "force ratio", "days", "attacker", "defender");
        foreach (var t in typical)
            rates.AddRow(t.Posture, F(t.ForceRatio), F(t.Days), Markup.Escape(Percent(t.Attacker)), Markup.Escape(Percent(t.Defender)));
        output.Console.Write(rates);
        return SiegeApp.Ok;
    }

    internal sealed record TypicalRow(string Posture, double ForceRatio, double Days, RateInterval Attacker, RateInterval Defender);

    /// <summary>
    /// The length at which the typical rates are shown beside the data's median length: <c>--days</c>, or else the
    /// scenario's recorded length (the shortest its record gives); null when the scenario records none.
    /// </summary>
    private double? LengthOfInterest(Settings settings)
    {
        if (settings.Days is { } days) return days;
        var loaded = ScenarioOption.LoadOrFail(settings.Scenario, output);
        return RecordedLength.Days(loaded.Record, loaded.Scenario.Start);
    }

    /// <summary>
    /// WWII prepared and fortified defence at the data's median force ratio, at its median length and at
    /// <paramref name="days"/> (a scenario's length) when given.
    /// </summary>
    internal static IReadOnlyList<TypicalRow> TypicalRates(AttritionModel model, AttritionSample sample, double? days)
    {
        var rows = new List<TypicalRow>();
        foreach (var posture in new[] { PostureClass.Fortified, PostureClass.Prepared })
        {
            var ww2 = sample.Engagements.Where(e => e.Conditions.Period == Period.From1939To1945 && e.Conditions.Posture == posture).ToList();
            var ratio = Statistics.Median(ww2.Select(e => e.Conditions.ForceRatio));
            double[] lengths = days is { } d ? [Statistics.Median(ww2.Select(e => e.Conditions.Days)), d] : [Statistics.Median(ww2.Select(e => e.Conditions.Days))];
            foreach (var length in lengths)
            {
                var r = model.TypicalRates(posture, ratio, length);
                rows.Add(new TypicalRow(posture.ToString().ToLowerInvariant(), Math.Round(ratio, 3), length, r.Attacker, r.Defender));
            }
        }
        return rows;
    }

    private static object Side(LinearRegression r) => new
    {
        residualSd = r.ResidualSd,
        degreesOfFreedom = r.DegreesOfFreedom,
        coefficients = r.Coefficients.Select(c => new { term = c.Term, estimate = c.Estimate, standardError = c.StandardError, low95 = c.Low95, high95 = c.High95 }),
    };


    private static string Percent(RateInterval r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Median * 100:0.00}% [{r.Low * 100:0.00}, {r.High * 100:0.00}]");

    private static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
