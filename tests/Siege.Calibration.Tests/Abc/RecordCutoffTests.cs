using System.Collections.Immutable;
using Siege.Calibration.Abc;
using Siege.Engine.Domain;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;

namespace Siege.Calibration.Tests.Abc;

public sealed class RecordCutoffTests
{
    private static readonly EmbeddedScenarioFiles Files = new(ScenarioLoader.DefaultScenarioId);
    private static readonly LoadedScenario Hengyang = ScenarioLoader.Load(Files).Scenario!;

    private static DateTime Day(int month, int day) => new(1944, month, day);

    private static CasualtiesItem Casualties(string id, DateTime? from, DateTime? to) => new(id, ["src"], null, null, Side.Defender,
        new CasualtyScope([], from, to, [CasualtyKind.Killed], null, []), [new RecordFigure(100, "src", null)], 0.1);

    // A record made by hand: one item of every kind, each with its window or day.
    private static readonly RecordItem[] Items =
    [
        new SiegeEndItem("end", ["src"], null, null, Day(8, 8), 3),
        new DurationItem("length", ["src"], null, null, [new RecordFigure(47, "src", null)]),
        new SiegeEndReasonItem("reason", ["src"], null, null, [SiegeEndReason.Strength]),
        new OffensiveItem("offensive", ["src"], null, null, 2, Day(7, 11), Day(7, 19), 3),
        new PositionLostItem("lost", ["src"], null, null, "a", Day(7, 15), Day(7, 21)),
        new PositionHeldItem("held", ["src"], null, null, "a", Day(7, 20)),
        new PositionLostByItem("lost-by", ["src"], null, null, "a", Day(7, 21)),
        new PositionsHeldItem("set-held", ["src"], null, null, new TargetSet([], ["a", "b"]), Day(7, 19)),
        new PositionsLostItem("set-lost", ["src"], null, null, new TargetSet([], ["a", "b"]), Day(7, 20), Day(7, 20)),
        new AssaultBeganItem("assault", ["src"], null, null, "a", Day(7, 18), Day(7, 22)),
        Casualties("total", null, null),
        Casualties("first-week", Day(6, 22), Day(6, 28)),
    ];

    private static readonly HistoricalRecord Record = new([.. Items]);

    private static RecordItem Item(string id) => Items.Single(i => i.Id == id);

    [Theory]
    [InlineData("end", 8, 8)]
    [InlineData("length", 8, 8)]     // the length is known when the siege ends
    [InlineData("reason", 8, 8)]
    [InlineData("offensive", 7, 19)] // the last day of the offensive, not its opening
    [InlineData("lost", 7, 21)]      // the end of the window
    [InlineData("held", 7, 20)]
    [InlineData("lost-by", 7, 21)]
    [InlineData("set-held", 7, 19)]
    [InlineData("set-lost", 7, 20)]
    [InlineData("assault", 7, 22)]
    [InlineData("total", 8, 8)]      // a total of the whole siege: its end
    [InlineData("first-week", 6, 28)] // a figure with dates in its scope: the last of them
    public void An_item_is_dated_by_the_last_day_it_speaks_of(string id, int month, int day) =>
        Assert.Equal(Day(month, day), RecordCutoff.DateOf(Item(id), Record));

    [Fact]
    public void On_or_before_includes_the_cutoff_day_itself_whatever_its_hour_and_excludes_the_day_after()
    {
        var cutoff = Day(7, 20);
        string[] inSample = ["offensive", "held", "set-held", "set-lost", "first-week"];
        Assert.Equal(inSample, Items.Where(i => RecordCutoff.OnOrBefore(i, Record, cutoff)).Select(i => i.Id));
        Assert.Equal(inSample, Items.Where(i => RecordCutoff.OnOrBefore(i, Record, cutoff.AddHours(23))).Select(i => i.Id));
        Assert.DoesNotContain("held", Items.Where(i => RecordCutoff.OnOrBefore(i, Record, Day(7, 19))).Select(i => i.Id));
        Assert.Contains("lost", Items.Where(i => RecordCutoff.OnOrBefore(i, Record, Day(7, 21))).Select(i => i.Id));
    }

    [Fact]
    public void Without_a_siege_end_item_the_length_and_the_totals_are_after_every_cutoff()
    {
        var record = new HistoricalRecord([.. Items.Where(i => i is not SiegeEndItem)]);
        Assert.Null(RecordCutoff.DateOf(Item("length"), record));
        Assert.Null(RecordCutoff.DateOf(Item("total"), record));
        Assert.False(RecordCutoff.OnOrBefore(Item("total"), record, DateTime.MaxValue));
        Assert.Equal(Day(6, 28), RecordCutoff.DateOf(Item("first-week"), record));
    }

    [Fact]
    public void On_Hengyang_the_items_used_are_dated_on_or_before_the_cutoff_and_the_predicted_after_it()
    {
        var cutoff = Day(7, 20);
        var problem = ScenarioProblem.Create(Files, Hengyang, ["combat.attackerKillRate"], leaveOut: Hengyang.JointCalibration!.LeaveOut, cutoff: cutoff);
        var items = Hengyang.Record.Items.ToDictionary(i => i.Id);
        var used = problem.Targets.Where((_, slot) => problem.Used[slot]).Select(t => t.ItemId).ToList();
        var predicted = problem.Targets.Where((_, slot) => problem.Predicted[slot]).Select(t => t.ItemId).ToList();
        Assert.All(used, id => Assert.True(RecordCutoff.DateOf(items[id], Hengyang.Record) <= cutoff, id));
        Assert.All(predicted, id => Assert.False(RecordCutoff.DateOf(items[id], Hengyang.Record) <= cutoff, id));
        // The third offensive, the core's fall, the length and the defenders' killed; the PLA Daily's figures stay left out.
        Assert.Equal(["duration", "offensive-3", "core-broken", "cas-defender-killed"], predicted);
        Assert.Equal(used, problem.Problem.Targets.Select(t => t.Name));
        Assert.Equal(cutoff, problem.Cutoff);
        Assert.DoesNotContain(Enumerable.Range(0, problem.Targets.Count), slot => problem.Used[slot] && problem.Predicted[slot]);
    }

    [Fact]
    public void Without_a_cutoff_nothing_is_predicted_and_a_cutoff_with_nothing_to_fit_or_nothing_to_predict_is_refused()
    {
        var whole = ScenarioProblem.Create(Files, Hengyang, ["combat.attackerKillRate"]);
        Assert.All(whole.Predicted, Assert.False);
        Assert.Null(whole.Cutoff);
        var early = Assert.Throws<ArgumentException>(() => ScenarioProblem.Create(Files, Hengyang, ["combat.attackerKillRate"], cutoff: Day(6, 1)));
        Assert.Contains("no record item it would fit is dated on or before it (the first is dated 1944-06-22)", early.Message, StringComparison.Ordinal);
        var late = Assert.Throws<ArgumentException>(() => ScenarioProblem.Create(Files, Hengyang, ["combat.attackerKillRate"], cutoff: Day(9, 1)));
        Assert.Contains("nothing to predict", late.Message, StringComparison.Ordinal);
    }
}
