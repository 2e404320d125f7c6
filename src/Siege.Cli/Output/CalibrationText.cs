using System.Globalization;
using Siege.Calibration;
using Siege.Engine.Domain;
using Spectre.Console;

namespace Siege.Cli.Output;

/// <summary>The text of <c>siege calibrate</c>.</summary>
internal static class CalibrationText
{
    public static void Write(CliOutput output, Scenario scenario, CalibrationSettings settings, CalibrationResult result)
    {
        var prior = result.Prior;
        var posterior = result.Posterior;
        output.Out.WriteLine($"Kill rates of {scenario.NameEn}: CDB90 prior x the record's likelihood, on a {posterior.AttackerAxis.Points}x{posterior.DefenderAxis.Points} grid, {settings.Seeds} seeds a point.");
        output.Out.WriteLine($"Prior: the CDB90 fit ({prior.Battles} battles) for {Cdb90Words.Battle(prior.Setting)}, force ratio {F(prior.ForceRatio, "0.00")}, {F(prior.Days, "0.0")} days; correlation {F(prior.Prior.Correlation, "0.00")}.");

        var rates = new Table().Title("The two kill rates (per engaged man per day of assault)")
            .AddColumns("rate", "prior median", "prior 90 %", "posterior median", "posterior 90 %", "posterior mode");
        var (modeA, modeD) = posterior.Mode();
        foreach (var (rate, name, mode) in new[] { (KillRate.Attacker, "attackerKillRate", modeA), (KillRate.Defender, "defenderKillRate", modeD) })
        {
            var (low, high) = prior.Prior.Interval(rate, 0.9);
            rates.AddRow(name, R(prior.Prior.Median(rate)), $"{R(low)} – {R(high)}",
                R(posterior.Quantile(rate, 0.5)), $"{R(posterior.Quantile(rate, 0.05))} – {R(posterior.Quantile(rate, 0.95))}", R(mode));
        }
        output.Console.Write(rates);
        output.Out.WriteLine($"Posterior correlation of the log rates {F(posterior.Correlation(), "0.00")}; mass on the fine grid's edge {P(posterior.EdgeMass())}, outside it {P(result.MassOutsideFineGrid)}.");

        var used = new Table().Title("Record figures in the likelihood").AddColumns("item", "figure", "source", "error (1 sd)");
        foreach (var o in result.Observations)
            used.AddRow(o.ItemId, F(o.Value, o.Unit == MeasureUnit.Men ? "N0" : "0.0"), Markup.Escape(o.Source), o.Scale == ErrorScale.Log ? $"x{F(Math.Exp(o.ErrorSd), "0.00")}" : $"{F(o.ErrorSd, "0.#")} d");
        output.Console.Write(used);

        var checks = new Table().Title("Posterior predictive runs against the record (items not used are out-of-sample checks)")
            .AddColumns("item", "used", "runs: median (10th–90th)", "recorded [[source]]: P(run ≥ figure)");
        foreach (var c in result.Checks)
        {
            var p = c.Predictive;
            var format = c.Target.Measure.Unit == MeasureUnit.Men ? "N0" : "0.0";
            var spread = p.IsEmpty ? "never" : $"{F(p.Quantile(0.5), format)} ({F(p.Quantile(0.1), format)} – {F(p.Quantile(0.9), format)})";
            if (p.Share < 0.995 && !p.IsEmpty) spread += $", in {P(p.Share)} of runs";
            var figures = string.Join("; ", c.Target.Figures.Select(f => $"{F(f.Value, format)} [{f.Source}]: {P(p.AtLeast(f.Value))}"));
            checks.AddRow(c.Target.ItemId, c.Used ? "yes" : "no", spread, Markup.Escape(figures));
        }
        output.Console.Write(checks);
        // Grouped by why, so a long record says each reason once.
        foreach (var reason in result.Unmeasured.GroupBy(u => u.Reason))
            output.Out.WriteLine($"Not set against the runs ({reason.Key}): {string.Join(", ", reason.Select(u => u.ItemId))}.");
    }

    private static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);

    private static string R(double rate) => rate.ToString(rate < 0.1 ? "0.0000" : "0.000", CultureInfo.InvariantCulture);

    private static string P(double share) => double.IsNaN(share) ? "–" : (share * 100).ToString(share is > 0 and < 0.001 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " %";
}
