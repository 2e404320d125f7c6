using Siege.Analysis.Attrition;
using Siege.Engine.Domain;

namespace Siege.Calibration;

/// <summary>Where the prior came from: the CDB90 setting it describes and the rate-matching step that centred it.</summary>
public sealed record PriorDerivation(RatePrior Prior, Cdb90Setting Setting, double ForceRatio, double Days, int Battles, RateMatchStep? Matched = null);

/// <summary>
/// The prior of the two kill rates from the CDB90 fit, for a battle like the scenario: a battle of its period with the
/// given defender posture and terrain (<see cref="Cdb90Setting"/>), at the runs' own force ratio and length.
/// <list type="bullet">
/// <item>Medians: the rates at which the runs lose men at the fit's median daily rates (<see cref="CdbRateMatching"/>).</item>
/// <item>Spreads: the fit's prediction standard error of the log daily rate for such a battle: how far one battle's
/// rate strays from the median of battles like it. The attacker's kill rate sets the defender's losses, so it takes the
/// defender's spread, and the other way round. Taking the spread of the observed rates as that of the engine's rates
/// assumes a run's loss rate moves in proportion to the kill rate near the median, which the matching makes so there.</item>
/// <item>Correlation: that of the two sides' residuals in the fit.</item>
/// </list>
/// </summary>
public static class Cdb90Prior
{
    /// <summary>The matching stops when both simulated rates are within 1 % of the fit's medians.</summary>
    public const double MatchTolerance = 0.01;

    /// <summary>
    /// Where the search ends with a side's rate further than this (relative) from its target, the rates could not
    /// reach it and no prior is centred (<see cref="CdbRatesOutOfReachException"/>).
    /// </summary>
    public const double ReachTolerance = 0.25;

    /// <exception cref="CdbRatesOutOfReachException">The kill rates cannot bring the runs to the fit's medians.</exception>
    public static PriorDerivation Derive(Scenario scenario, AttritionModel model, Cdb90Setting setting,
        int runs = 60, int steps = 40)
    {
        var matched = CdbRateMatching.Run(scenario, model, setting, runs, steps, tolerance: MatchTolerance)[^1];
        if (Math.Abs(matched.SimulatedAttackerRate / matched.TargetAttackerRate - 1) > ReachTolerance
            || Math.Abs(matched.SimulatedDefenderRate / matched.TargetDefenderRate - 1) > ReachTolerance)
            throw new CdbRatesOutOfReachException(matched);
        var conditions = new AttritionConditions(matched.ForceRatio, 1, setting.Posture, setting.Terrain, setting.Period, matched.MedianDays);
        var prior = new RatePrior(
            matched.AttackerKillRate, matched.DefenderKillRate,
            model.PredictLogRate(BattleSide.Defender, conditions).StandardError,
            model.PredictLogRate(BattleSide.Attacker, conditions).StandardError,
            model.ResidualCorrelation);
        return new PriorDerivation(prior, setting, matched.ForceRatio, matched.MedianDays, model.Battles, matched);
    }
}
