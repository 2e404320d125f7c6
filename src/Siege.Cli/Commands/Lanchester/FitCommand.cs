using System.ComponentModel;
using System.Globalization;
using Siege.Cli.Output;
using Siege.Lanchester.Fitting;
using Siege.Lanchester.Input;
using Siege.Lanchester.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands.Lanchester;

/// <summary><c>siege fit</c>: Lanchester coefficients and exponents, with standard errors, from a two-sided strength series.</summary>
internal sealed class FitCommand(CliOutput output) : Command<FitCommand.Settings>
{
    public sealed class Settings : FormatSettings
    {
        [CommandOption("--input <FILE>")]
        // Brackets are doubled: Spectre reads a description as markup, and [x] would be taken for a style.
        [Description("CSV with the header t,attacker,defender[[,attackerReinforcement,defenderReinforcement]] (rates in men a day). Required.")]
        public string? Input { get; init; }

        [CommandOption("--law <LAW>")]
        [Description("free (estimate one pair of exponents, the default), per-side (each side its own), or a named law whose exponents are held fixed: square, linear, logarithmic, mixed.")]
        [DefaultValue("free")]
        public string Law { get; init; } = "free";

        [CommandOption("--method <METHOD>")]
        [Description("differences (noise in the losses, the default) or trajectory (noise in the counts).")]
        [DefaultValue("differences")]
        public string Method { get; init; } = "differences";

        public override ValidationResult Validate()
        {
            if (Input is null) return ValidationResult.Error("--input is required: a CSV of strengths");
            if (Options(this) is null) return ValidationResult.Error($"--law must be free, per-side, square, linear, logarithmic or mixed, not '{Law}'");
            if (Method is not ("differences" or "trajectory")) return ValidationResult.Error($"--method must be differences or trajectory, not '{Method}'");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Input)) throw new CliException($"{settings.Input}: no such file");
        StrengthSeries series;
        try
        {
            series = StrengthsCsv.Load(settings.Input!);
        }
        catch (LanchesterFormatException e)
        {
            throw new CliException(e.Message);
        }
        var fit = LanchesterFit.Fit(series, Options(settings)! with { Method = settings.Method == "trajectory" ? FitMethod.Trajectory : FitMethod.Differences });
        var notRejected = fit.LawsNotRejected().Select(l => l.ToString().ToLowerInvariant()).ToList();
        if (settings.Json)
        {
            output.Out.WriteLine(Json.Serialize(new
            {
                input = settings.Input,
                law = settings.Law,
                method = settings.Method,
                a = Estimate(fit.A),
                b = Estimate(fit.B),
                attacker = Side(fit.Attacker),
                defender = Side(fit.Defender),
                lawTests = fit.LawTests.IsDefault ? [] : fit.LawTests.Select(t => new { law = t.Law.ToString().ToLowerInvariant(), chiSquare = t.ChiSquare, degreesOfFreedom = t.DegreesOfFreedom, pValue = t.PValue }).ToArray(),
                lawsNotRejected = notRejected,
            }));
            return SiegeApp.Ok;
        }
        output.Out.WriteLine($"Lanchester fit of {settings.Input} ({settings.Law}, by {settings.Method}): dx/dt = P − a·x^px·y^qx, dy/dt = Q − b·y^py·x^qy");
        var table = new Table().AddColumns("side", "coefficient", "own exponent p", "enemy exponent q", "equations", "residual SD");
        foreach (var (name, side) in new[] { ("attacker (a)", fit.Attacker), ("defender (b)", fit.Defender) })
            table.AddRow(name, Markup.Escape(side.Coefficient.ToString()), Markup.Escape(side.OwnExponent.ToString()), Markup.Escape(side.EnemyExponent.ToString()),
                side.Equations.ToString(CultureInfo.InvariantCulture), side.ResidualStandardDeviation.ToString("G4", CultureInfo.InvariantCulture));
        output.Console.Write(table);
        if (!fit.LawTests.IsDefaultOrEmpty)
        {
            var tests = new Table().Title("Wald tests of the named laws' exponents").AddColumns("law", "chi-square", "df", "p-value");
            foreach (var t in fit.LawTests)
                tests.AddRow(t.Law.ToString().ToLowerInvariant(), t.ChiSquare.ToString("G4", CultureInfo.InvariantCulture), t.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture), t.PValue.ToString("G3", CultureInfo.InvariantCulture));
            output.Console.Write(tests);
            output.Out.WriteLine(notRejected.Count == 0 ? "Every named law is rejected at the 5% level." : $"Not rejected at the 5% level: {string.Join(", ", notRejected)}.");
        }
        return SiegeApp.Ok;
    }

    private static FitOptions? Options(Settings s) => s.Law switch
    {
        "free" => FitOptions.Shared,
        "per-side" => FitOptions.PerSide,
        "square" => FitOptions.ForLaw(LanchesterLaw.Square),
        "linear" => FitOptions.ForLaw(LanchesterLaw.Linear),
        "logarithmic" => FitOptions.ForLaw(LanchesterLaw.Logarithmic),
        "mixed" => FitOptions.ForLaw(LanchesterLaw.Mixed),
        _ => null,
    };

    private static object Estimate(Estimate e) => new { value = e.Value, standardError = e.StandardError };

    private static object Side(SideFit s) => new
    {
        coefficient = Estimate(s.Coefficient),
        ownExponent = Estimate(s.OwnExponent),
        enemyExponent = Estimate(s.EnemyExponent),
        equations = s.Equations,
        residualStandardDeviation = s.ResidualStandardDeviation,
    };
}
