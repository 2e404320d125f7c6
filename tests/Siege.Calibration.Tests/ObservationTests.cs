namespace Siege.Calibration.Tests;

public sealed class ObservationTests
{
    [Fact]
    public void A_log_scale_error_treats_the_same_factor_either_way_alike()
    {
        var o = new Observation("x", "x", 0, MeasureUnit.Men, 20_000, 0.2, ErrorScale.Log, "test");
        Assert.Equal(o.LogLikelihood(10_000), o.LogLikelihood(40_000), 9);
        Assert.Equal(-0.5 * Math.Pow(Math.Log(2) / 0.2, 2), o.LogLikelihood(40_000), 9);
        Assert.Equal(0, o.LogLikelihood(20_000));
    }

    [Fact]
    public void An_event_that_did_not_happen_cannot_explain_a_recorded_one()
    {
        var o = new Observation("x", "x", 0, MeasureUnit.Days, 43.5, 1.5, ErrorScale.Linear, "test");
        Assert.Equal(double.NegativeInfinity, o.LogLikelihood(double.NaN));
    }

    [Fact]
    public void Prior_intervals_are_symmetric_on_the_log_scale()
    {
        var prior = new RatePrior(0.02, 0.03, 1.0, 0.5, 0);
        var (low, high) = prior.Interval(KillRate.Attacker, 0.9);
        Assert.Equal(0.02 * 0.02, low * high, 12);
        Assert.Equal(Math.Exp(1.6448536), high / 0.02, 5);
    }
}
