using Siege.Analysis.Validation;
using Siege.Analysis.Attrition;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;

namespace Siege.Calibration;

/// <summary>One step of the search: the kill rates tried and what the engine made of them.</summary>
public sealed record RateMatchStep(
    double AttackerKillRate,
    double DefenderKillRate,
    double MedianDays,
    double ForceRatio,
    double SimulatedAttackerRate,
    double SimulatedDefenderRate,
    double TargetAttackerRate,
    double TargetDefenderRate,
    double AttackerCasualties,
    double DefenderCasualties);

/// <summary>
/// Derives the engine's two kill rates from the CDB90 fit. The engine's rates act per engaged man per day of assault;
/// CDB90's are per man of the whole force per calendar day of the battle. The bridge is to ask for the same thing
/// the data measure: over a set of seeds, the run's casualties per initial strength per day, side by side, must equal
/// the fitted model's median for the scenario's own setting (its period, the given posture and terrain, the run's
/// force ratio and length). The two rates are found by damped multiplicative steps, each side's rate scaled by the
/// ratio of the target to the simulated rate of the side it kills.
/// </summary>
public static class CdbRateMatching
{
    /// <summary>
    /// Up to <paramref name="steps"/> steps from the scenario's own rates; with <paramref name="tolerance"/> above zero
    /// the search stops at the first step whose simulated rates are both within that relative distance of the targets,
    /// so where it ends does not depend on where it began.
    /// </summary>
    public static IReadOnlyList<RateMatchStep> Run(Scenario scenario, AttritionModel model, Cdb90Setting setting,
        int runs, int steps, double tolerance = 0)
    {
        var a = scenario.Combat.AttackerKillRate.Value;
        var d = scenario.Combat.DefenderKillRate.Value;
        var history = new List<RateMatchStep>();
        for (var step = 0; step < steps; step++)
        {
            var result = Measure(WithRates(scenario, a, d), model, setting, runs);
            history.Add(result with { AttackerKillRate = a, DefenderKillRate = d });
            if (Math.Abs(result.SimulatedAttackerRate / result.TargetAttackerRate - 1) < tolerance
                && Math.Abs(result.SimulatedDefenderRate / result.TargetDefenderRate - 1) < tolerance) break;
            // Square roots damp the steps: each rate also moves the other side's losses through the length of the siege.
            a *= Math.Sqrt(result.TargetDefenderRate / result.SimulatedDefenderRate);
            d *= Math.Sqrt(result.TargetAttackerRate / result.SimulatedAttackerRate);
        }
        return history;
    }

    public static Scenario WithRates(Scenario scenario, double attackerKillRate, double defenderKillRate) => scenario with
    {
        Combat = scenario.Combat with
        {
            AttackerKillRate = scenario.Combat.AttackerKillRate with { Value = attackerKillRate },
            DefenderKillRate = scenario.Combat.DefenderKillRate with { Value = defenderKillRate },
        },
    };

    private static RateMatchStep Measure(Scenario scenario, AttritionModel model, Cdb90Setting setting, int runs)
    {
        var compiled = SiegeModel.Compile(scenario);
        var results = Enumerable.Range(1, runs).Select(seed => compiled.Run((ulong)seed)).ToList();
        var days = results.Select(r => r.DurationDays).ToList();
        var attackerInitial = results.Average(AttackerAtFirstOffensive);
        var defenderInitial = results.Average(r => (double)r.Defender.Initial);
        var medianDays = Statistics.Median(days);
        var attackerLosses = results.Average(r => (double)(r.Attacker.Casualties.Killed + r.Attacker.Casualties.Wounded));
        var defenderLosses = results.Average(r => (double)r.Defender.Casualties.Total);
        var meanDays = days.Average();
        var target = model.RatesFor(new AttritionConditions(attackerInitial / defenderInitial, 1, setting.Posture, setting.Terrain, setting.Period, meanDays));
        return new RateMatchStep(0, 0, medianDays, attackerInitial / defenderInitial,
            attackerLosses / attackerInitial / meanDays, defenderLosses / defenderInitial / meanDays,
            target.Attacker.Median, target.Defender.Median, attackerLosses, defenderLosses);
    }

    /// <summary>The attacker's "initial strength" in CDB90's sense: its assault infantry on the day its first offensive opened.</summary>
    private static double AttackerAtFirstOffensive(RunResult run)
    {
        if (run.Offensives.IsEmpty) return run.Days.Max(d => d.AttackerInfantry);
        var day = Math.Min(run.Days.Length - 1, run.Offensives[0].StartHour / 24);
        return run.Days[day].AttackerInfantry;
    }
}
