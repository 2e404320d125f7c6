using Siege.Analysis.Attrition;
using Siege.Scenarios.Loading;

namespace Siege.Calibration.Tests;

public sealed class RecordCalibrationTests
{
    private static readonly LoadedScenario Hengyang = ScenarioLoader.LoadEmbedded().Scenario!;

    // Hengyang's own classes (record.yaml: calibration.prior), in the period of 1944.
    private static readonly Cdb90Setting HengyangSetting = Cdb90Setting.Of(Hengyang)!;

    private static readonly CalibrationSettings Quick = new() { Seeds = 8, CoarseSeeds = 6, CoarsePoints = 9, FinePoints = 11, Threads = 2 };

    [Fact]
    public void The_posterior_recovers_rates_that_generated_the_figures()
    {
        // Figures made by the engine itself at known rates, on seeds the calibration never runs (101-116): the truth
        // must fall inside the 90 % credible interval of both rates, from a prior centred well away from it.
        const double trueAttacker = 0.14, trueDefender = 0.16;
        var truth = CdbRateMatching.WithRates(Hengyang.Scenario, trueAttacker, trueDefender);
        var runs = Enumerable.Range(101, 16).Select(s => RunMeasures.Of(Siege.Engine.Simulation.SiegeModel.Compile(truth).Run((ulong)s))).ToList();
        double Median(RunMeasure m) => Siege.Analysis.Validation.Statistics.Median(runs.Select(r => r[(int)m]).ToList());
        var record = Hengyang.Record with
        {
            Items = [.. Hengyang.Record.Items.Select(item => item switch
            {
                Siege.Scenarios.Record.DurationItem d => d with { Figures = [new(Median(RunMeasure.DurationDays), "zh-wp", null)] },
                Siege.Scenarios.Record.CasualtiesItem { Id: "cas-attacker-kw" } c => c with { Figures = [new(Median(RunMeasure.AttackerKilledAndWounded), "ito-1973", null)] },
                Siege.Scenarios.Record.CasualtiesItem { Id: "cas-defender-kw" } c => c with { Figures = [new(Median(RunMeasure.DefenderKilledAndWounded), "zh-wp", null)] },
                _ => item,
            })],
        };
        var prior = new PriorDerivation(new RatePrior(0.02, 0.05, 1.2, 1.2, 0), HengyangSetting, 2, 47, 0);
        var result = RecordCalibration.Run(Hengyang.Scenario, record, prior, Quick with { Observed = ["duration", "cas-attacker-kw", "cas-defender-kw"] });
        var posterior = result.Posterior;
        var report = $"a {posterior.Quantile(KillRate.Attacker, 0.05)}-{posterior.Quantile(KillRate.Attacker, 0.95)}, d {posterior.Quantile(KillRate.Defender, 0.05)}-{posterior.Quantile(KillRate.Defender, 0.95)}, outside {result.MassOutsideFineGrid}, figures {Median(RunMeasure.DurationDays)} {Median(RunMeasure.AttackerKilledAndWounded)} {Median(RunMeasure.DefenderKilledAndWounded)}";
        Assert.True(trueAttacker > posterior.Quantile(KillRate.Attacker, 0.05) && trueAttacker < posterior.Quantile(KillRate.Attacker, 0.95), report);
        Assert.True(trueDefender > posterior.Quantile(KillRate.Defender, 0.05) && trueDefender < posterior.Quantile(KillRate.Defender, 0.95), report);
        // And the data moved it: the prior's medians lie below the posterior's intervals.
        Assert.True(posterior.Quantile(KillRate.Attacker, 0.05) > 0.02 && posterior.Quantile(KillRate.Defender, 0.05) > 0.05, report);
        Assert.True(result.MassOutsideFineGrid < 1e-3);
    }

    [Fact]
    public void The_shipped_kill_rates_are_the_calibrated_posterior()
    {
        // doctrine.yaml carries the posterior medians and 90 % intervals of `siege calibrate --seeds 64`. A quicker
        // calibration (8 seeds a point, coarser grids) must put the shipped medians inside its 90 % intervals and
        // agree with them within its own Monte Carlo error (a quarter of the interval's width on the log scale).
        var prior = Cdb90Prior.Derive(Hengyang.Scenario, AttritionModel.FitCdb90(), HengyangSetting, runs: 30, steps: 12);
        var posterior = RecordCalibration.Run(Hengyang.Scenario, Hengyang.Record, prior, Quick with { Observed = CalibrationSettings.DefaultObserved(Hengyang) }).Posterior;
        foreach (var (rate, shipped) in new[] { (KillRate.Attacker, Hengyang.Scenario.Combat.AttackerKillRate), (KillRate.Defender, Hengyang.Scenario.Combat.DefenderKillRate) })
        {
            var (low, median, high) = (posterior.Quantile(rate, 0.05), posterior.Quantile(rate, 0.5), posterior.Quantile(rate, 0.95));
            Assert.InRange(shipped.Value, low, high);
            Assert.InRange(Math.Log(shipped.Value / median), -0.25 * Math.Log(high / low), 0.25 * Math.Log(high / low));
            Assert.Contains("cdb90", shipped.SourceKeys);
        }
    }

    [Fact]
    public void The_prior_is_centred_where_the_runs_match_CDB90_and_spread_as_its_predictions()
    {
        var model = AttritionModel.FitCdb90();
        var prior = Cdb90Prior.Derive(Hengyang.Scenario, model, HengyangSetting, runs: 30, steps: 12);
        var p = prior.Prior;
        // hengyang-1944-cdb90 ships the matched rates (0.0154, 0.0224 with 60 seeds); 30 seeds land within 15 %.
        Assert.InRange(p.AttackerMedian, 0.0154 * 0.85, 0.0154 * 1.15);
        Assert.InRange(p.DefenderMedian, 0.0224 * 0.85, 0.0224 * 1.15);
        // The attacker's kill rate sets the defender's losses, so it takes the defender side's prediction error.
        var conditions = new AttritionConditions(prior.ForceRatio, 1, HengyangSetting.Posture, HengyangSetting.Terrain, HengyangSetting.Period, prior.Days);
        Assert.Equal(model.PredictLogRate(BattleSide.Defender, conditions).StandardError, p.AttackerLogSd, 12);
        Assert.Equal(model.PredictLogRate(BattleSide.Attacker, conditions).StandardError, p.DefenderLogSd, 12);
        Assert.Equal(model.ResidualCorrelation, p.Correlation, 12);
    }

    [Fact]
    public void An_unknown_record_item_is_refused_with_the_known_ones_named()
    {
        var prior = new PriorDerivation(new RatePrior(0.02, 0.05, 1, 1, 0), HengyangSetting, 2, 47, 0);
        var e = Assert.Throws<ArgumentException>(() => RecordCalibration.Run(Hengyang.Scenario, Hengyang.Record, prior, Quick with { Observed = ["lost-tingbingshan"] }));
        Assert.Contains("cas-attacker-kw", e.Message);
    }
}
