using System.Collections.Immutable;
using Siege.Lanchester.Fitting;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Tests.Fitting;

public sealed class FitInputTests
{
    private static StrengthSeries Series(params (double T, double X, double Y)[] rows) =>
        new([.. rows.Select(r => new StrengthObservation(r.T, r.X, r.Y))]);

    [Fact]
    public void Too_short_a_series_is_refused_with_a_reason()
    {
        var e = Assert.Throws<ArgumentException>(() => LanchesterFit.Fit(Series((0, 100, 100), (1, 90, 90)), FitOptions.ForLaw(LanchesterLaw.Square)));
        Assert.Contains("at least 2 intervals", e.Message);
    }

    [Fact]
    public void Strengths_that_fall_in_proportion_cannot_separate_the_exponents()
    {
        // x and y both fall by 10 % a day: ln x and ln y differ by a constant, and the regression is singular.
        var rows = Enumerable.Range(0, 10).Select(d => ((double)d, 1000 * Math.Pow(0.9, d), 500 * Math.Pow(0.9, d))).ToArray();
        var e = Assert.Throws<ArgumentException>(() => LanchesterFit.Fit(Series(rows)));
        Assert.Contains("cannot separate", e.Message);
    }

    [Fact]
    public void Reinforcements_given_as_a_schedule_are_added_back()
    {
        // a = b = 0 plus 100 men a day: the raw series gains 100 a day, so with the schedule the losses are zero.
        var rows = Enumerable.Range(0, 5).Select(d => ((double)d, 1000.0 + 100 * d, 500.0)).ToArray();
        var options = FitOptions.ForLaw(LanchesterLaw.Square) with
        {
            AttackerReinforcements = ReinforcementSchedule.Of(new ReinforcementInterval(0, 10, 1000)),
        };
        var fit = LanchesterFit.Fit(Series(rows), options);
        Assert.Equal(0, fit.A.Value, 1e-12);
    }

    [Fact]
    public void A_series_must_run_forward_in_time()
    {
        Assert.Throws<ArgumentException>(() => new StrengthSeries(ImmutableArray.Create(new StrengthObservation(1, 1, 1), new StrengthObservation(1, 1, 1))));
        Assert.Throws<ArgumentException>(() => new StrengthSeries(ImmutableArray.Create(new StrengthObservation(0, -1, 1))));
    }
}
