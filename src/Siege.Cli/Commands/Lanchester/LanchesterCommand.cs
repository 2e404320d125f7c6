using System.ComponentModel;
using System.Globalization;
using System.Text;
using Siege.Cli.Output;
using Siege.Lanchester;
using Siege.Lanchester.ClosedForms;
using Siege.Lanchester.Input;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands.Lanchester;

/// <summary>
/// <c>siege lanchester</c>: integrates a Lanchester model from a model file, from options (which are turned into the
/// same key = value lines, so both are checked by one parser), or Engel's Iwo Jima model.
/// </summary>
internal sealed class LanchesterCommand(CliOutput output) : Command<LanchesterCommand.Settings>
{
    public sealed class Settings : FormatSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A model file (key = value lines; examples/lanchester/engel-iwo-jima.model is one). Without it, the options give the model.")]
        public string? File { get; init; }

        [CommandOption("--engel")]
        [Description("Engel's 1954 square-law model of Iwo Jima.")]
        public bool Engel { get; init; }

        [CommandOption("--law <LAW>")]
        [Description("square, linear, logarithmic, mixed, helmbold (with -w) or general (with -p and -q); needs -a, -b, --x0, --y0 and --days.")]
        public string? Law { get; init; }

        [CommandOption("-a|--defender-effect <A>")]
        [Description("The defender's effect on the attacker.")]
        public string? A { get; init; }

        [CommandOption("-b|--attacker-effect <B>")]
        [Description("The attacker's effect on the defender.")]
        public string? B { get; init; }

        [CommandOption("--x0 <N>")]
        [Description("The attacker's strength at day 0.")]
        public string? X0 { get; init; }

        [CommandOption("--y0 <N>")]
        [Description("The defender's strength at day 0.")]
        public string? Y0 { get; init; }

        [CommandOption("--days <D>")]
        [Description("How many days to integrate.")]
        public string? Days { get; init; }

        [CommandOption("-p|--own-exponent <P>")]
        [Description("general law: exponent of a side's own strength in its losses.")]
        public string? P { get; init; }

        [CommandOption("-q|--enemy-exponent <Q>")]
        [Description("general law: exponent of the enemy's strength in a side's losses.")]
        public string? Q { get; init; }

        [CommandOption("-w|--helmbold-w <W>")]
        [Description("helmbold law: Helmbold's parameter W, from 0 to 1.")]
        public string? W { get; init; }

        [CommandOption("--step <DAYS>")]
        [Description("The RK4 integration step in days (default: the integrator's own, printed on the first line of the output).")]
        public string? Step { get; init; }

        [CommandOption("--reinforce <SPEC>")]
        [Description("Men arriving evenly over a span of days, in quotes: \"attacker 54000 from 0 to 1\". Repeat for more.")]
        public string[] Reinforce { get; init; } = [];

        public override ValidationResult Validate()
        {
            var sources = (File is null ? 0 : 1) + (Engel ? 1 : 0) + (Law is null ? 0 : 1);
            return sources == 1 ? base.Validate() : ValidationResult.Error("give one model: a FILE, --engel, or --law with -a, -b, --x0, --y0 and --days");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var spec = Spec(settings);
        var result = spec.Run();
        if (settings.Json)
        {
            output.Out.WriteLine(Json.Serialize(new
            {
                name = spec.Name,
                law = spec.Model.Law.ToString().ToLowerInvariant(),
                a = spec.Model.A,
                b = spec.Model.B,
                attacker = spec.AttackerName,
                defender = spec.DefenderName,
                attackerDestroyedAt = result.AttackerDestroyedAt,
                defenderDestroyedAt = result.DefenderDestroyedAt,
                winner = result.Winner?.ToString().ToLowerInvariant(),
                days = result.Points.Select(p => new { day = p.Day, attacker = p.Attacker, defender = p.Defender }),
            }));
            return SiegeApp.Ok;
        }

        output.Out.WriteLine($"{spec.Name}: {spec.Model.Law.ToString().ToLowerInvariant()} law, a = {G(spec.Model.A)}, b = {G(spec.Model.B)}; RK4 with a step of {G(spec.Settings.Step)} day");
        var table = new Table().AddColumns("day", Markup.Escape(spec.AttackerName), Markup.Escape(spec.DefenderName));
        foreach (var p in result.Points)
            table.AddRow(G(p.Day), N(p.Attacker), N(p.Defender));
        output.Console.Write(table);
        output.Out.WriteLine(result.DefenderDestroyedAt is { } d ? $"{spec.DefenderName} reaches zero on day {d:0.###}; {spec.AttackerName} {N(result.At(result.Points[^1].Day).Attacker)} at the end."
            : result.AttackerDestroyedAt is { } x ? $"{spec.AttackerName} reaches zero on day {x:0.###}."
            : "Neither side reaches zero in the days integrated.");
        if (spec.Model.AttackerReinforcements.Total == 0 && spec.Model.DefenderReinforcements.Total == 0 && ClosedFormSolution.For(spec.Model) is { } exact)
        {
            var last = result.Points[^1];
            var closed = exact.At(last.Day);
            output.Out.WriteLine($"Closed form on day {G(last.Day)}: {N(closed.Attacker)} and {N(closed.Defender)} (numerical: {N(last.Attacker)} and {N(last.Defender)}).");
        }
        return SiegeApp.Ok;
    }

    private static LanchesterSpec Spec(Settings s)
    {
        try
        {
            if (s.Engel) return EngelIwoJima.Spec;
            if (s.File is not null)
            {
                if (!System.IO.File.Exists(s.File)) throw new CliException($"{s.File}: no such model file");
                return ModelFile.Load(s.File);
            }
            return ModelFile.Parse(FromOptions(s), "command line");
        }
        catch (LanchesterFormatException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>The options as model-file lines; an option left out is simply not written, and the parser says what is missing.</summary>
    private static string FromOptions(Settings s)
    {
        var text = new StringBuilder();
        void Add(string key, string? value)
        {
            if (value is not null) text.Append(key).Append(" = ").Append(value).Append('\n');
        }
        Add("law", s.Law);
        Add("a", s.A);
        Add("b", s.B);
        Add("x0", s.X0);
        Add("y0", s.Y0);
        Add("days", s.Days);
        Add("p", s.P);
        Add("q", s.Q);
        Add("w", s.W);
        Add("step", s.Step);
        foreach (var r in s.Reinforce)
        {
            var parts = r.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0] is not ("attacker" or "defender"))
                throw new CliException($"--reinforce '{r}': expected 'attacker|defender MEN from DAY to DAY'");
            Add($"{parts[0]}.reinforcement", parts[1]);
        }
        return text.ToString();
    }

    private static string G(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);

    private static string N(double x) => x.ToString("N1", CultureInfo.InvariantCulture);
}
