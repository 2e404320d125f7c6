using Siege.Calibration;

namespace Siege.Cli.Output;

/// <summary>The JSON of <c>siege calibrate</c>: the prior, the figures used, the posterior and the checks against the record.</summary>
internal static class CalibrationJson
{
    public static object From(string scenario, string? variant, CalibrationSettings settings, CalibrationResult result)
    {
        var prior = result.Prior;
        var posterior = result.Posterior;
        object Rate(KillRate rate) => new
        {
            median = posterior.Quantile(rate, 0.5),
            p05 = posterior.Quantile(rate, 0.05),
            p95 = posterior.Quantile(rate, 0.95),
            grid = new { low = posterior.Axis(rate).Low, high = posterior.Axis(rate).High, points = posterior.Axis(rate).Points },
        };
        object PriorRate(KillRate rate)
        {
            var (low, high) = prior.Prior.Interval(rate, 0.9);
            return new { median = prior.Prior.Median(rate), logSd = prior.Prior.LogSd(rate), p05 = low, p95 = high };
        }
        var (modeA, modeD) = posterior.Mode();
        return new
        {
            scenario,
            variant,
            seeds = settings.Seeds,
            prior = new
            {
                source = "cdb90",
                posture = Cdb90Words.Lower(prior.Setting.Posture),
                terrain = Cdb90Words.Lower(prior.Setting.Terrain),
                forceRatio = prior.ForceRatio,
                days = prior.Days,
                battles = prior.Battles,
                attackerKillRate = PriorRate(KillRate.Attacker),
                defenderKillRate = PriorRate(KillRate.Defender),
                correlation = prior.Prior.Correlation,
            },
            observations = result.Observations.Select(o => new
            {
                item = o.ItemId,
                o.Description,
                o.Value,
                o.Source,
                errorSd = o.ErrorSd,
                scale = o.Scale.ToString().ToLowerInvariant(),
            }),
            posterior = new
            {
                attackerKillRate = Rate(KillRate.Attacker),
                defenderKillRate = Rate(KillRate.Defender),
                mode = new { attackerKillRate = modeA, defenderKillRate = modeD },
                correlation = posterior.Correlation(),
                edgeMass = posterior.EdgeMass(),
                massOutsideFineGrid = result.MassOutsideFineGrid,
            },
            checks = result.Checks.Select(c => new
            {
                item = c.Target.ItemId,
                c.Target.Description,
                c.Used,
                share = c.Predictive.Share,
                p10 = c.Predictive.Quantile(0.1),
                p50 = c.Predictive.Quantile(0.5),
                p90 = c.Predictive.Quantile(0.9),
                figures = c.Target.Figures.Select(f => new { f.Value, f.Source, pAtLeast = c.Predictive.AtLeast(f.Value) }),
            }),
            unmeasured = result.Unmeasured.Select(u => new { item = u.ItemId, reason = u.Reason }),
        };
    }
}
