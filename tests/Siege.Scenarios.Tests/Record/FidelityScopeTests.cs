using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;
using static Siege.Scenarios.Tests.Record.HandBuiltRun;

namespace Siege.Scenarios.Tests.Record;

/// <summary>
/// The fidelity rows of casualty figures on a hand-built run (700 killed, 1,400 wounded, 5,000 taken of the garrison):
/// compared only with the run's number of their scope; of a scope left open or not counted, shown and not compared.
/// </summary>
public sealed class FidelityScopeTests
{
    private static readonly string Army = Hengyang.Forces.Defender.Id;
    private static readonly RunResult Run = With(Hengyang, Start, 100,
        [(C(100, 200), C(40, 60)), (C(700, 1400, 5000), C(400, 1200))]);

    private static FidelityRow Row(CasualtyScope scope, double figure, Side side = Side.Defender) =>
        Fidelity.Compare(Hengyang, new HistoricalRecord([new CasualtiesItem("x", ["GUESS"], null, null, side, scope, [new RecordFigure(figure, "GUESS", null)], 0.2)]), Run).Single();

    [Fact]
    public void A_figure_within_its_tolerance_of_the_runs_number_of_its_scope_matches()
    {
        // 2,100 killed and wounded; 1,800 × 1.2 = 2,160 reaches it, 1,700 × 1.2 = 2,040 does not.
        var kw = CasualtyScope.Of([Army], CasualtyKind.Killed, CasualtyKind.Wounded);
        Assert.Equal((FidelityVerdict.Match, "2,100"), (Row(kw, 1800).Verdict, Row(kw, 1800).Simulated));
        Assert.Equal(FidelityVerdict.Miss, Row(kw, 1700).Verdict);
        // The same 2,100 is never set against a figure of killed alone: that one sees 700.
        Assert.Equal("700", Row(CasualtyScope.Of([Army], CasualtyKind.Killed), 2100).Simulated);
    }

    [Fact]
    public void A_figure_of_unknown_scope_is_shown_and_not_compared_even_when_its_number_is_close()
    {
        var open = new CasualtyScope([], null, null, [CasualtyKind.Killed, CasualtyKind.Wounded], null, [ScopeDimension.Formations]);
        var row = Row(open, 2100);
        Assert.Equal(FidelityVerdict.ScopeUnknown, row.Verdict);
        Assert.Equal("scope unknown, not compared", row.Simulated);
        Assert.Equal("defender killed and wounded (formations not stated)", row.Description);
        Assert.False(row.Ok || row.Compared);
    }

    [Fact]
    public void A_figure_of_a_scope_the_run_does_not_count_says_what_it_lacks()
    {
        var division = Hengyang.Forces.Defender.Units[0];
        var below = Row(CasualtyScope.Of([division.Id], CasualtyKind.Killed), 700);
        Assert.Equal(FidelityVerdict.NotModelled, below.Verdict);
        Assert.Equal("not modelled at this scope: the run counts whole sides only", below.Simulated);
        Assert.Equal($"defender killed (of {division.NameEn})", below.Description);
        var died = Row(CasualtyScope.Of([Army], CasualtyKind.Killed, CasualtyKind.DiedOfWounds), 700);
        Assert.Equal("not modelled at this scope: the run counts no died of wounds", died.Simulated);
        Assert.Equal(ScopeGapKind.Categories, died.Gap!.Kind);
    }

    [Fact]
    public void The_tally_counts_matches_among_the_rows_compared_and_the_rest_by_why()
    {
        var rows = new[]
        {
            Row(CasualtyScope.Of([Army], CasualtyKind.Killed), 700),
            Row(CasualtyScope.Of([Army], CasualtyKind.Killed), 70),
            Row(new CasualtyScope([], null, null, [], null, [ScopeDimension.Formations, ScopeDimension.Categories]), 700),
            Row(CasualtyScope.Of([Army], CasualtyKind.Sick), 700),
        };
        Assert.Equal(new FidelityTally(Matched: 1, Compared: 2, ScopeUnknown: 1, NotModelled: 1), FidelityTally.Of(rows));
    }

    [Fact]
    public void No_casualty_row_of_the_shipped_record_is_compared_with_a_number_of_another_scope()
    {
        var loaded = ScenarioLoader.LoadEmbedded().Scenario!;
        var run = Siege.Engine.Simulation.SiegeModel.Compile(loaded.Scenario).Run(1);
        var rows = Fidelity.Compare(loaded.Scenario, loaded.Record, run).ToDictionary(r => r.Item);
        foreach (var item in loaded.Record.Items.OfType<CasualtiesItem>())
        {
            var count = CasualtyScopes.Resolve(loaded.Scenario, item, run);
            Assert.Equal(count.Value is null, !rows[item.Id].Compared);
            if (count.Value is { } men) Assert.Equal(men.ToString("N0"), rows[item.Id].Simulated);
        }
    }
}
