using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;
using static Siege.Scenarios.Tests.Record.HandBuiltRun;

namespace Siege.Scenarios.Tests.Record;

/// <summary>
/// The record items about sets of positions, a position given up by a day, and the readings a run may not report
/// (first assaults, why the siege ended), on hand-built runs of Hengyang that start at 00:00 on 22 Jun.
/// </summary>
public sealed class FidelityPositionSetTests
{
    private static readonly Scenario Hengyang = ScenarioLoader.LoadEmbedded().Scenario!.Scenario;
    private static readonly DateTime Start = new(1944, 6, 22);
    private static readonly TargetSet Core = new([Tier.Core], []);
    private static readonly string[] CoreIds = [.. Hengyang.Map.Positions.Where(p => p.Tier == Tier.Core).Select(p => p.Id)];

    private static RunResult Run(int endHour, IReadOnlyDictionary<string, int> firstLost, IEnumerable<ChronicleEntry>? chronicle = null) =>
        With(Hengyang, Start, endHour, [(C(0, 0), C(0, 0))], positions: Lost(Hengyang, firstLost), chronicle: chronicle);

    private static FidelityRow Row(RecordItem item, RunResult run, IRunReadings? readings = null) =>
        Fidelity.Compare(Hengyang, new HistoricalRecord([item]), run, readings ?? RunReadings.Of(run)).Single();

    [Fact]
    public void A_set_held_through_a_day_fails_at_the_first_of_its_positions_lost_by_then()
    {
        var item = new PositionsHeldItem("core", ["GUESS"], null, null, Core, new DateTime(1944, 6, 24));
        Assert.Equal((FidelityVerdict.Match, "held"), Verdict(Row(item, Run(200, new Dictionary<string, int>()))));
        // Lost at hour 80, 25 Jun 08:00: after the day, so the set held through it.
        Assert.True(Row(item, Run(200, new Dictionary<string, int> { [CoreIds[1]] = 80 })).Ok);
        var miss = Row(item, Run(200, new Dictionary<string, int> { [CoreIds[1]] = 30 }));
        Assert.False(miss.Ok);
        Assert.StartsWith("lost 1944-06-23, ", miss.Simulated);
        // A city that fell on the 23rd held nothing through the 24th.
        Assert.Equal("siege already over", Row(item, Run(40, new Dictionary<string, int>())).Simulated);
    }

    [Fact]
    public void A_line_is_broken_on_the_day_the_first_of_its_positions_falls()
    {
        var item = new PositionsLostItem("broken", ["GUESS"], null, null, Core, new DateTime(1944, 6, 24), new DateTime(1944, 6, 24));
        var row = Row(item, Run(200, new Dictionary<string, int> { [CoreIds[0]] = 60, [CoreIds[2]] = 70 }));
        Assert.True(row.Ok);
        Assert.StartsWith("1944-06-24, ", row.Simulated);
        // A core position that fell on the 23rd breaks the line a day early.
        Assert.False(Row(item, Run(200, new Dictionary<string, int> { [CoreIds[0]] = 60, [CoreIds[2]] = 30 })).Ok);
        Assert.Equal("never lost", Row(item, Run(200, new Dictionary<string, int>())).Simulated);
    }

    [Fact]
    public void A_position_given_up_by_a_day_is_in_the_attackers_hands_at_its_end_whatever_happened_before()
    {
        var hill = "zhangjiashan";
        var item = new PositionLostByItem("given-up", ["GUESS"], null, null, hill, new DateTime(1944, 6, 24));
        ChronicleEntry Lost(int hour) => new(hour, ChronicleKind.PositionLost, hill);
        ChronicleEntry Retaken(int hour) => new(hour, ChronicleKind.PositionRetaken, hill);
        Assert.True(Row(item, Run(200, new Dictionary<string, int>(), [Lost(10), Retaken(20), Lost(50)])).Ok);
        // Retaken at 20:00 on the 24th and still held at 23:00.
        var row = Row(item, Run(200, new Dictionary<string, int>(), [Lost(10), Retaken(68)]));
        Assert.Equal((FidelityVerdict.Miss, "held"), Verdict(row));
        Assert.True(Row(item, Run(40, new Dictionary<string, int>())).Ok);
    }

    [Fact]
    public void First_assaults_and_the_reason_for_the_end_are_not_modelled_until_a_run_reports_them()
    {
        var assault = new AssaultBeganItem("assault", ["GUESS"], null, null, "tingbingshan", new DateTime(1944, 6, 26), new DateTime(1944, 6, 28));
        var reason = new SiegeEndReasonItem("reason", ["GUESS"], null, null, [SiegeEndReason.Strength, SiegeEndReason.Firepower]);
        var run = Run(200, new Dictionary<string, int>());
        Assert.Equal(ScopeGapKind.AssaultsNotReported, Row(assault, run).Gap!.Kind);
        Assert.Equal((FidelityVerdict.NotModelled, "not modelled: the run does not report why the siege ended"), Verdict(Row(reason, run)));

        // 27 Jun 10:00, within 26–28 Jun; the ammunition ran out.
        var reported = new Readings(new Dictionary<string, int> { ["tingbingshan"] = 5 * 24 + 10 }, [SiegeEndReason.Firepower]);
        Assert.Equal((FidelityVerdict.Match, "1944-06-27"), Verdict(Row(assault, run, reported)));
        Assert.Equal((FidelityVerdict.Match, "cease-fire (ammunition)"), Verdict(Row(reason, run, reported)));
        var none = new Dictionary<string, int>();
        Assert.Equal((FidelityVerdict.Miss, "never assaulted"), Verdict(Row(assault, run, new Readings(none, [SiegeEndReason.Lines]))));
        Assert.False(Row(reason, run, new Readings(none, [SiegeEndReason.Lines])).Ok);
        // Two reasons at once agree with a record that names either.
        Assert.Equal((FidelityVerdict.Match, "cease-fire (lines broken) and cease-fire (strength)"),
            Verdict(Row(reason, run, new Readings(none, [SiegeEndReason.Lines, SiegeEndReason.Strength]))));
    }

    private static (FidelityVerdict, string) Verdict(FidelityRow row) => (row.Verdict, row.Simulated);

    /// <summary>A run's readings as the engine will report them: first assaults by position, and the reason it ended.</summary>
    private sealed class Readings(IReadOnlyDictionary<string, int> assaults, IReadOnlyList<SiegeEndReason> reasons) : IRunReadings
    {
        public bool ReportsAssaults => true;

        public int? FirstAssaultHour(string positionId) => assaults.TryGetValue(positionId, out var hour) ? hour : null;

        public bool ReportsEndReason => true;

        public IReadOnlyList<SiegeEndReason> EndReasons => reasons;
    }
}
