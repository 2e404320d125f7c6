using Siege.Lanchester.ClosedForms;
using Siege.Lanchester.Integration;
using Siege.Lanchester.Model;

namespace Siege.Lanchester.Tests.Support;

/// <summary>Closed form against numerical integration.</summary>
internal static class Compare
{
    /// <summary>
    /// The tolerance of every closed-form comparison: 1e-6 relative to the battle's scale max(x0, y0), at every
    /// output; 1e-6 days absolute for the day a side reaches zero. On the battles of these tests RK4 with steps of
    /// 0.001 day agrees with the closed forms to about 1e-14 of the scale and 1e-12 days, so a failure means a wrong
    /// formula, not a coarse step.
    /// </summary>
    public const double Relative = 1e-6;

    public const double DayTolerance = 1e-6;

    /// <summary>The largest difference between the two, relative to max(x0, y0), over the daily outputs.</summary>
    public static double WorstRelativeError(LanchesterModel model, double days, double step = IntegrationSettings.DefaultStep)
    {
        var exact = ClosedFormSolution.For(model);
        var numeric = LanchesterIntegrator.Integrate(model, new IntegrationSettings(days, step));
        var scale = Math.Max(model.X0, model.Y0);
        return numeric.Points.Max(p =>
        {
            var e = exact.At(p.Day);
            return Math.Max(Math.Abs(e.Attacker - p.Attacker), Math.Abs(e.Defender - p.Defender)) / scale;
        });
    }

    public static void AgreeWithinTolerance(LanchesterModel model, double days)
    {
        var worst = WorstRelativeError(model, days);
        Assert.True(worst <= Relative, $"closed form and RK4 differ by {worst:E2} of the scale (tolerance {Relative:E0})");
    }
}
