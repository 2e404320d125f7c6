using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Scenarios.Record;
using static Siege.Scenarios.Tests.Record.HandBuiltRun;

namespace Siege.Scenarios.Tests.Record;

/// <summary>
/// The record items about sets of positions, a position given up by a day, the first assault on a position and why the
/// siege ended, on hand-built runs of Hengyang that start at 00:00 on 22 Jun.
/// </summary>
public sealed class FidelityPositionSetTests
{
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
    public void A_first_assault_is_read_from_the_run_within_its_window()
    {
        var assault = new AssaultBeganItem("assault", ["GUESS"], null, null, "tingbingshan", new DateTime(1944, 6, 26), new DateTime(1944, 6, 28));
        var none = new Dictionary<string, int>();
        // 27 Jun 10:00, within 26–28 Jun; 29 Jun 10:00, after it.
        Assert.Equal((FidelityVerdict.Match, "1944-06-27"), Verdict(Row(assault, Assaulted(5 * 24 + 10))));
        Assert.Equal((FidelityVerdict.Miss, "1944-06-29"), Verdict(Row(assault, Assaulted(7 * 24 + 10))));
        Assert.Equal((FidelityVerdict.Miss, "never assaulted"), Verdict(Row(assault, Run(200, none))));

        static RunResult Assaulted(int hour) => With(Hengyang, Start, 200, [(C(0, 0), C(0, 0))],
            positions: Lost(Hengyang, new Dictionary<string, int>(), new Dictionary<string, int> { ["tingbingshan"] = hour }));
    }

    [Fact]
    public void The_reason_for_the_end_agrees_when_the_run_gives_one_the_record_names()
    {
        var reason = new SiegeEndReasonItem("reason", ["GUESS"], null, null, [SiegeEndReason.Strength, SiegeEndReason.Firepower]);
        RunResult Ended(EndReason why) => With(Hengyang, Start, 200, [(C(0, 0), C(0, 0))], reason: why);
        Assert.Equal((FidelityVerdict.Match, "cease-fire (ammunition)"), Verdict(Row(reason, Ended(EndReason.FirepowerSpent))));
        Assert.Equal((FidelityVerdict.Miss, "cease-fire (lines broken)"), Verdict(Row(reason, Ended(EndReason.NoLineHeld))));
        Assert.Equal((FidelityVerdict.Miss, "relieved"), Verdict(Row(reason, Ended(EndReason.Relieved))));
        Assert.Equal((FidelityVerdict.Match, "cease-fire (strength)"), Verdict(Row(reason, Ended(EndReason.StrengthSpent))));
        // A cease-fire once the lines are broken is the record's "lines".
        Assert.True(Row(new SiegeEndReasonItem("lines", ["GUESS"], null, null, [SiegeEndReason.Lines]), Ended(EndReason.LinesBroken)).Ok);
    }

    [Fact]
    public void Every_way_a_run_ends_is_one_of_the_records_reasons()
    {
        // A new member of EndReason fails here until the record has words for it (RunReadings.ReasonsOf).
        var any = new SiegeEndReasonItem("any", ["GUESS"], null, null, [.. Enum.GetValues<SiegeEndReason>()]);
        foreach (var why in Enum.GetValues<EndReason>())
        {
            var row = Row(any, With(Hengyang, Start, 200, [(C(0, 0), C(0, 0))], reason: why));
            Assert.True(row.Verdict == FidelityVerdict.Match, $"{why}: {row.Verdict} '{row.Simulated}'");
            Assert.Contains(row.Simulated, Enum.GetValues<SiegeEndReason>().Select(Fidelity.ReasonName));
        }
    }

    [Fact]
    public void Readings_a_host_does_not_have_leave_the_items_not_modelled()
    {
        // The store of an ensemble keeps neither first assaults nor the reason for the end; the readings say so.
        var assault = new AssaultBeganItem("assault", ["GUESS"], null, null, "tingbingshan", new DateTime(1944, 6, 26), new DateTime(1944, 6, 28));
        var reason = new SiegeEndReasonItem("reason", ["GUESS"], null, null, [SiegeEndReason.Firepower]);
        var run = Run(200, new Dictionary<string, int>());
        Assert.Equal(ScopeGapKind.AssaultsNotReported, Row(assault, run, new Unreported()).Gap!.Kind);
        Assert.Equal((FidelityVerdict.NotModelled, "not modelled: the run does not report why the siege ended"), Verdict(Row(reason, run, new Unreported())));
    }

    private static (FidelityVerdict, string) Verdict(FidelityRow row) => (row.Verdict, row.Simulated);

    /// <summary>Readings of a run that reports neither first assaults nor why it ended.</summary>
    private sealed class Unreported : IRunReadings
    {
        public bool ReportsAssaults => false;

        public int? FirstAssaultHour(string positionId) => null;

        public bool ReportsEndReason => false;

        public IReadOnlyList<SiegeEndReason> EndReasons => [];
    }
}
