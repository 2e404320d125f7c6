using CsCheck;
using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Tests.Integration;

public sealed class IntegratorTests
{
    [Fact]
    public void Without_fire_a_side_gains_exactly_its_reinforcements_even_across_odd_boundaries()
    {
        // a = b = 0: strengths change only by arrivals, so x(T) = x0 + everything that arrived before T. The interval
        // [0.3337, 1.7771) does not fall on a step or output boundary; RK4 integrates a constant rate exactly.
        var model = LanchesterModel.Square(0, 0, 100, 50) with
        {
            AttackerReinforcements = ReinforcementSchedule.Of(new ReinforcementInterval(0.3337, 1.7771, 1000)),
            DefenderReinforcements = ReinforcementSchedule.Of(new ReinforcementInterval(2.5, 3, 40), new ReinforcementInterval(2.75, 4, 10)),
        };
        var result = LanchesterIntegrator.Integrate(model, new IntegrationSettings(5));
        Assert.Equal(1100, result.Final.Attacker, 1e-9);
        Assert.Equal(100, result.Final.Defender, 1e-9);
        // At day 1, (1 − 0.3337)/(1.7771 − 0.3337) of the 1,000 have landed.
        Assert.Equal(100 + 1000 * (1 - 0.3337) / (1.7771 - 0.3337), result.At(1).Attacker, 1e-9);
        // On [2.75, 3) both defender intervals overlap: at day 3, 40 + 10·0.25/1.25 = 42 have arrived.
        Assert.Equal(92, result.At(3).Defender, 1e-9);
    }

    [Fact]
    public void A_side_at_zero_stays_there_while_its_reinforcements_are_shot_down_on_arrival()
    {
        // Square law, x = 0 with y = 1000 firing at a = 0.1: arrivals of 50 a day meet losses of a·y = 100 a day,
        // so the attacker stays at zero, fires nothing, and the defender stays at 1,000.
        var model = LanchesterModel.Square(0.1, 0.1, 0, 1000) with
        {
            AttackerReinforcements = ReinforcementSchedule.Of(new ReinforcementInterval(0, 10, 500)),
        };
        var result = LanchesterIntegrator.Integrate(model, new IntegrationSettings(10));
        Assert.All(result.Points, p => Assert.Equal(0, p.Attacker));
        Assert.All(result.Points, p => Assert.Equal(1000, p.Defender));
        Assert.Null(result.AttackerDestroyedAt); // it started at zero: not destroyed, never arrived
    }

    [Fact]
    public void A_destroyed_side_inflicts_no_more_losses_even_under_the_logarithmic_law()
    {
        // Under the logarithmic law a side's losses do not depend on the enemy's numbers, but with no enemy left
        // nobody is firing: the defender, alone from the start, keeps its strength.
        var model = LanchesterModel.Logarithmic(0.1, 0.1, 0, 1000);
        var result = LanchesterIntegrator.Integrate(model, new IntegrationSettings(10));
        Assert.Equal(1000, result.Final.Defender);
    }

    [Fact]
    public void Outputs_fall_every_interval_and_at_the_end()
    {
        var result = LanchesterIntegrator.Integrate(LanchesterModel.Square(0.01, 0.01, 100, 90), new IntegrationSettings(2.5, OutputInterval: 0.5));
        Assert.Equal([0, 0.5, 1, 1.5, 2, 2.5], result.Points.Select(p => p.Day));
        var odd = LanchesterIntegrator.Integrate(LanchesterModel.Square(0.01, 0.01, 100, 90), new IntegrationSettings(2.2));
        Assert.Equal([0, 1, 2, 2.2], odd.Points.Select(p => p.Day));
    }

    [Fact]
    public void Halving_the_step_changes_nothing_that_matters()
    {
        // RK4's error falls as h⁴; at 0.01 and 0.005 day both are already below a millionth of a man here.
        var model = LanchesterModel.Generalised(0.002, 0.003, 0.4, 0.7, 5000, 4000);
        var coarse = LanchesterIntegrator.Integrate(model, new IntegrationSettings(30, 0.01));
        var fine = LanchesterIntegrator.Integrate(model, new IntegrationSettings(30, 0.005));
        Assert.All(coarse.Points.Zip(fine.Points), p =>
        {
            Assert.Equal(p.First.Attacker, p.Second.Attacker, 1e-6);
            Assert.Equal(p.First.Defender, p.Second.Defender, 1e-6);
        });
    }

    private static readonly Gen<LanchesterModel> AnyModel =
        Gen.Select(Gen.Double[0, 0.3], Gen.Double[0, 0.3], Gen.Double[0, 1.5], Gen.Double[0, 1.5], Gen.Double[0, 2000], Gen.Double[0, 2000])
            .SelectMany(t => Gen.Double[0, 1000].Select(men => (t, men)))
            .Select(v =>
            {
                var (a, b, p, q, x0, y0) = v.t;
                // Coefficients per unit of x^p·y^q, scaled so that losses start at up to 30 % a day.
                var model = LanchesterModel.Generalised(a / Math.Pow(1000, p + q - 1), b / Math.Pow(1000, p + q - 1), p, q, x0, y0);
                return model with { DefenderReinforcements = ReinforcementSchedule.Of(new ReinforcementInterval(3, 4, v.men)) };
            });

    [Fact]
    public void Strengths_are_never_negative_and_never_exceed_what_arrived() =>
        FixedSeedProperty.Check(AnyModel, m =>
        {
            var r = LanchesterIntegrator.Integrate(m, new IntegrationSettings(20, 0.01));
            return r.Points.All(p => p.Attacker >= 0 && p.Defender >= 0
                && p.Attacker <= m.X0 + 1e-9 && p.Defender <= m.Y0 + m.DefenderReinforcements.Total + 1e-9);
        }, cases: 100, seed: 89);

    [Fact]
    public void A_model_that_makes_no_sense_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LanchesterIntegrator.Integrate(LanchesterModel.Square(-1, 1, 1, 1), new IntegrationSettings(1)));
        Assert.Throws<ArgumentException>(() => LanchesterIntegrator.Integrate(LanchesterModel.Square(1, 1, double.NaN, 1), new IntegrationSettings(1)));
        Assert.Throws<ArgumentException>(() => LanchesterIntegrator.Integrate(LanchesterModel.Square(1, 1, 1, 1), new IntegrationSettings(0)));
        Assert.Throws<ArgumentException>(() => LanchesterIntegrator.Integrate(
            LanchesterModel.Square(1, 1, 1, 1) with { AttackerReinforcements = ReinforcementSchedule.Of(new ReinforcementInterval(2, 1, 5)) },
            new IntegrationSettings(1)));
    }
}
