using Siege.Analysis.Attrition;
using Siege.Analysis.Tests.Support;

namespace Siege.Analysis.Tests.Attrition;

public sealed class AttritionModelTests
{
    [Fact]
    public void The_fit_recovers_a_known_law_for_both_sides()
    {
        // 3,000 synthetic battles drawn from Synthetic's law with noise SD 0.6 on the log rate.
        var model = AttritionModel.Fit(Synthetic.Engagements(3000, seed: 5, noise: 0.6));
        Assert.Equal(AttritionModel.Terms, model.Attacker.Coefficients.Select(c => c.Term));
        foreach (var (fit, law) in new[] { (model.Attacker, Synthetic.AttackerLaw), (model.Defender, Synthetic.DefenderLaw) })
        {
            for (var i = 0; i < law.Length; i++)
            {
                var c = fit.Coefficients[i];
                Assert.InRange(law[i], c.Estimate - 4 * c.StandardError, c.Estimate + 4 * c.StandardError);
            }
            Assert.InRange(fit.ResidualSd, 0.57, 0.63);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.6)]
    public void The_fit_recovers_how_the_two_sides_residuals_move_together(double correlation)
    {
        // 3,000 battles: the sample correlation's standard error is about (1 - r^2) / sqrt(3000) <= 0.018.
        var model = AttritionModel.Fit(Synthetic.Engagements(3000, seed: 11, noise: 0.6, correlation));
        Assert.InRange(model.ResidualCorrelation, correlation - 0.06, correlation + 0.06);
    }

    [Fact]
    public void Predictions_are_the_rate_times_strength_times_days()
    {
        var model = AttritionModel.FitCdb90();
        var p = model.Predict(20_000, 10_000, PostureClass.Fortified, TerrainClass.Rugged, Period.From1939To1945, days: 10);
        foreach (var side in Enum.GetValues<BattleSide>())
        {
            var s = p.For(side);
            var strength = side == BattleSide.Attacker ? 20_000 : 10_000;
            Assert.True(s.DailyRate.Low < s.DailyRate.Median && s.DailyRate.Median < s.DailyRate.High);
            Assert.Equal(Math.Min(strength, s.DailyRate.Median * strength * 10), s.Casualties, 9);
            Assert.True(s.CasualtiesLow <= s.Casualties && s.Casualties <= s.CasualtiesHigh);
            // The median of a log-normal: exp of the predicted mean log rate.
            Assert.Equal(Math.Exp(model.PredictLogRate(side, p.Conditions).Mean), s.DailyRate.Median, 12);
        }
        Assert.Equal(0.8, p.Level);
    }

    [Fact]
    public void Casualties_never_exceed_the_initial_strength()
    {
        // A 300-day battle at these rates would take several times the garrison; the figure stops at the garrison.
        var p = AttritionModel.FitCdb90().Predict(100_000, 1_000, PostureClass.Hasty, TerrainClass.Open, Period.Before1900, days: 300);
        Assert.Equal(1_000, p.Defender.CasualtiesHigh);
        Assert.True(p.Defender.DailyRate.High * 300 > 1);
    }

    [Fact]
    public void More_attackers_raise_the_defenders_rate_and_lower_their_own()
    {
        // The sign of the force-ratio terms in the CDB90 fit: +0.42 (defender) and -0.30 (attacker), both with 95 %
        // intervals clear of zero.
        var model = AttritionModel.FitCdb90();
        var even = model.TypicalRates(PostureClass.Prepared, forceRatio: 1, days: 5);
        var three = model.TypicalRates(PostureClass.Prepared, forceRatio: 3, days: 5);
        Assert.True(three.Defender.Median > even.Defender.Median);
        Assert.True(three.Attacker.Median < even.Attacker.Median);
    }

    [Fact]
    public void Typical_rates_are_those_of_a_ww2_battle_on_open_ground()
    {
        var model = AttritionModel.FitCdb90();
        var typical = model.TypicalRates(PostureClass.Fortified, forceRatio: 2.9, days: 3);
        var predicted = model.Predict(2.9, 1, PostureClass.Fortified, TerrainClass.Open, Period.From1939To1945, days: 3);
        Assert.Equal(predicted.Attacker.DailyRate, typical.Attacker);
        Assert.Equal(predicted.Defender.DailyRate, typical.Defender);
    }

    [Fact]
    public void Bad_conditions_are_refused()
    {
        var model = AttritionModel.FitCdb90();
        Assert.Throws<ArgumentException>(() => model.Predict(0, 1000, PostureClass.Hasty, TerrainClass.Open, Period.After1945, 1));
        Assert.Throws<ArgumentException>(() => model.Predict(1000, 1000, PostureClass.Hasty, TerrainClass.Open, Period.After1945, 0));
    }
}
