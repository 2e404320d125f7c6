using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;
using static Siege.Engine.Tests.Support.EndFixtures;

namespace Siege.Engine.Tests.Simulation;

/// <summary>A garrison rations its ammunition as the stock runs down, so its fire falls gradually, not in one hour.</summary>
public sealed class RationingTests
{
    private sealed class Firepower : IRunObserver
    {
        public List<double> ByHour { get; } = [];
        public void OnHour(HourFrame frame) => ByHour.Add(frame.DefenderFirepower);
    }

    private static List<double> FirepowerByHour(double rationBelow)
    {
        // 1,000 men engaged draw 1,000 rounds an hour from 10,000: ten hours of full fire without rationing.
        var s = Quiet(days: 1).WithRounds(10_000);
        var scenario = s with { DefenderDoctrine = s.DefenderDoctrine with { RationBelowFraction = F(rationBelow) } };
        var observer = new Firepower();
        SiegeModel.Compile(scenario).Run(1, observer);
        return observer.ByHour;
    }

    [Fact]
    public void Without_rationing_fire_stops_in_the_hour_the_stock_runs_out()
    {
        var firepower = FirepowerByHour(rationBelow: 0);

        // Hours 0–9 at full fire, then the floor (0.25): a cliff of 0.75 in one hour.
        Assert.Equal(1.0, firepower[9]);
        Assert.Equal(0.25, firepower[10]);
    }

    [Fact]
    public void With_rationing_fire_falls_by_a_fifth_of_what_is_left_each_hour()
    {
        var firepower = FirepowerByHour(rationBelow: 0.5);

        // Full fire until the stock is below 5,000 (after hour 5); then each hour draws 1,000 × stock / 5,000, so the
        // stock and the share of demand met fall by a fifth an hour: firepower = 0.25 + 0.75 × 0.8^(h − 5).
        for (var h = 6; h <= 16; h++)
            Assert.Equal(0.25 + 0.75 * Math.Pow(0.8, h - 5), firepower[h], 0.01);
        var steepest = firepower.Zip(firepower.Skip(1)).Max(pair => pair.First - pair.Second);
        Assert.True(steepest <= 0.75 * 0.2 + 0.01, $"firepower fell by {steepest:0.000} in one hour");
    }
}
