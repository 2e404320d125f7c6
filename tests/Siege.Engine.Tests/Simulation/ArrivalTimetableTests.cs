using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;

namespace Siege.Engine.Tests.Simulation;

/// <summary>
/// Where the sources give no hour for a unit's arrival, forces.yaml gives the range it lies in, and each run draws the
/// hour from that range: the opening of an offensive then follows from when the men are ready, not from a guessed hour.
/// </summary>
public sealed class ArrivalTimetableTests
{
    private const int Seeds = 400;
    private static readonly SiegeModel Hengyang = SiegeModel.Compile(TestScenarios.Hengyang);

    private static IEnumerable<ForceUnit> RangedAttackers =>
        TestScenarios.Hengyang.Forces.Attacker.Leaves().Where(u => u.ArrivalRange is not null && !u.NeverArrives && u.TotalStrength > 0);

    /// <summary>The hour each attacker unit is announced in a run (its first men arrive).</summary>
    private static Dictionary<string, int> ArrivalHours(RunResult run) =>
        run.Chronicle.Where(e => e.Kind == ChronicleKind.AttackerArrived).ToDictionary(e => e.Subject!, e => e.Hour);

    [Fact]
    public void A_ranged_arrival_comes_within_its_range_and_the_hour_varies_between_runs()
    {
        var units = RangedAttackers.ToList();
        Assert.NotEmpty(units);
        var runs = Enumerable.Range(1, 60).Select(s => Hengyang.Run((ulong)s)).ToList();
        foreach (var unit in units)
        {
            var range = unit.ArrivalRange!;
            // A run that ended before the range closed may not have seen the unit at all.
            var hours = runs.Select(ArrivalHours).Where(h => h.ContainsKey(unit.Id)).Select(h => h[unit.Id]).ToList();
            Assert.NotEmpty(hours);
            Assert.All(hours, h => Assert.InRange(h, range.EarliestHour, range.LatestHour));
            Assert.True(hours.Distinct().Count() > 1, $"{unit.Id} arrives at the same hour in all of {hours.Count} runs");
        }
    }

    [Fact]
    public void Units_written_with_the_same_range_move_together()
    {
        var groups = RangedAttackers.GroupBy(u => u.ArrivalRange).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(groups);
        foreach (var seed in new ulong[] { 1, 2, 3 })
        {
            var hours = ArrivalHours(Hengyang.Run(seed));
            foreach (var group in groups)
                Assert.Single(group.Where(u => hours.ContainsKey(u.Id)).Select(u => hours[u.Id]).Distinct());
        }
    }

    [Fact]
    public void The_hour_is_uniform_over_its_range()
    {
        // The 57th Brigade's range (25 Jun 00:00 to 1 Jul 12:00 in forces.yaml, hours 72 to 228): its mean over the
        // seeds lies within four standard errors of the middle, the standard deviation of a uniform being width/√12.
        var unit = TestScenarios.Hengyang.Forces.Attacker.Leaves().Single(u => u.Id == "jp-68-57th-bde");
        var (low, high) = (unit.ArrivalRange!.EarliestHour, unit.ArrivalRange.LatestHour);
        var hours = Enumerable.Range(1, Seeds).Select(s => Hengyang.Run((ulong)s))
            .Select(run => ArrivalHours(run).TryGetValue(unit.Id, out var hour) ? hour : -1).ToList();
        // Every run lasts past the range: none ends before the brigade could have come.
        Assert.DoesNotContain(-1, hours);
        var sd = (high - low + 1) / Math.Sqrt(12);
        Assert.InRange(hours.Average(), (low + high) / 2.0 - 4 * sd / Math.Sqrt(Seeds), (low + high) / 2.0 + 4 * sd / Math.Sqrt(Seeds));
        Assert.Equal(low, hours.Min(), 24.0);
        Assert.Equal(high, hours.Max(), 24.0);
    }

    [Fact]
    public void A_scenario_without_ranges_keeps_the_hours_of_its_file()
    {
        // The duel's attackers arrive at hour 0 in every run.
        var duel = SiegeModel.Compile(TestScenarios.Duel(3000, 2000, 0.3, 0.45, days: 1));
        Assert.All(new ulong[] { 1, 2, 3 }, seed => Assert.Equal(0, ArrivalHours(duel.Run(seed))["attacker"]));
    }
}
