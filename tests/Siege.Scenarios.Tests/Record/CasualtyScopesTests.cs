using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Scenarios.Record;
using static Siege.Scenarios.Tests.Record.HandBuiltRun;

namespace Siege.Scenarios.Tests.Record;

/// <summary>
/// The scope resolver on a hand-built run of Hengyang (start 22 Jun 00:00; snapshots at 23:00 on 22–25 Jun, the last
/// at 04:00 on 26 Jun): each figure is set against the run's number of exactly its scope, or against none.
/// </summary>
public sealed class CasualtyScopesTests
{
    private static readonly string Army = Hengyang.Forces.Defender.Id;

    // Cumulative casualties (killed, wounded, captured) at the end of each day; the garrison surrendered 5,000 men at the end.
    private static readonly RunResult Run = With(Hengyang, Start, 100,
    [
        (C(10, 20), C(0, 0)),
        (C(110, 220), C(50, 150)),
        (C(310, 620), C(150, 450)),
        (C(610, 1220), C(350, 1050)),
        (C(700, 1400, 5000), C(400, 1200)),
    ]);

    private static CasualtiesItem Item(Side side, CasualtyScope scope) => new("x", ["GUESS"], null, null, side, scope, [new RecordFigure(1, "GUESS", null)], 0.2);

    private static CasualtiesItem Defender(params CasualtyKind[] kinds) => Item(Side.Defender, CasualtyScope.Of([Army], kinds));

    private static double? Count(CasualtiesItem item) => CasualtyScopes.Resolve(Hengyang, item, Run).Value;

    private static ScopeGap? Gap(CasualtiesItem item) => CasualtyScopes.Resolve(Hengyang, item, Run).Gap;

    [Fact]
    public void A_whole_side_over_the_whole_siege_is_the_runs_totals_of_the_kinds_counted()
    {
        Assert.Equal(700 + 1400, Count(Defender(CasualtyKind.Killed, CasualtyKind.Wounded)));
        Assert.Equal(700 + 1400 + 5000, Count(Defender(CasualtyKind.Killed, CasualtyKind.Wounded, CasualtyKind.Captured)));
        Assert.Equal(400 + 1200, Count(Item(Side.Attacker, CasualtyScope.Of([Hengyang.Forces.Attacker.Id], CasualtyKind.Killed, CasualtyKind.Wounded))));
    }

    [Fact]
    public void Days_are_counted_from_the_end_of_the_day_before_the_first_to_the_end_of_the_last()
    {
        var killed = Defender(CasualtyKind.Killed);
        // 23–24 Jun: 310 at the end of the 24th less 10 at the end of the 22nd.
        Assert.Equal(300, Count(killed with { Scope = killed.Scope with { From = new(1944, 6, 23), To = new(1944, 6, 24) } }));
        // From the 24th to the end: 700 less 110.
        Assert.Equal(590, Count(killed with { Scope = killed.Scope with { From = new(1944, 6, 24) } }));
        // To the 23rd, from the start.
        Assert.Equal(220, Count(Defender(CasualtyKind.Wounded) with { Scope = CasualtyScope.Of([Army], CasualtyKind.Wounded) with { To = new(1944, 6, 23) } }));
        // A last day after the run's end counts to the end; days after the end count nothing.
        Assert.Equal(700, Count(killed with { Scope = killed.Scope with { To = new(1944, 6, 30) } }));
        Assert.Equal(0, Count(killed with { Scope = killed.Scope with { From = new(1944, 6, 27) } }));
    }

    [Fact]
    public void Formations_below_the_side_are_not_modelled_but_the_sides_units_named_together_are_the_side()
    {
        var division = Hengyang.Forces.Defender.Units[0];
        var gap = Gap(Item(Side.Defender, CasualtyScope.Of([division.Id], CasualtyKind.Killed)));
        Assert.Equal(ScopeGapKind.BelowSide, gap!.Kind);
        Assert.Equal<string>([division.Id], gap.Formations);

        // Every unit with men, named one by one (a unit without men, the air group, need not be).
        var withMen = Hengyang.Forces.Defender.Units.Where(u => u.TotalStrength > 0).Select(u => u.Id).ToList();
        Assert.True(withMen.Count < Hengyang.Forces.Defender.Units.Length);
        Assert.Equal(700, Count(Item(Side.Defender, CasualtyScope.Of(withMen, CasualtyKind.Killed))));
        Assert.NotNull(Gap(Item(Side.Defender, CasualtyScope.Of(withMen.Skip(1), CasualtyKind.Killed))));
    }

    [Fact]
    public void Kinds_of_loss_the_run_does_not_count_are_named()
    {
        var gap = Gap(Defender(CasualtyKind.Killed, CasualtyKind.DiedOfWounds, CasualtyKind.Sick));
        Assert.Equal(ScopeGapKind.Categories, gap!.Kind);
        Assert.Equal<CasualtyKind>([CasualtyKind.DiedOfWounds, CasualtyKind.Sick], gap.Categories);
        Assert.Equal(ScopeGapKind.Categories, Gap(Defender(CasualtyKind.Missing))!.Kind);
    }

    [Fact]
    public void A_figure_that_books_wounded_prisoners_as_captured_is_matched_only_with_both_counted()
    {
        // The run takes 5,000 unwounded men at the end and books every wounded man as wounded.
        var captured = CasualtyScope.Of([Army], CasualtyKind.Captured);
        Assert.Equal(5000, Count(Item(Side.Defender, captured with { CapturedIncludesWounded = false })));
        Assert.Equal(ScopeGapKind.WoundedPrisoners, Gap(Item(Side.Defender, captured with { CapturedIncludesWounded = true }))!.Kind);
        var wounded = CasualtyScope.Of([Army], CasualtyKind.Wounded);
        Assert.Equal(1400, Count(Item(Side.Defender, wounded)));
        Assert.Equal(ScopeGapKind.WoundedPrisoners, Gap(Item(Side.Defender, wounded with { CapturedIncludesWounded = true }))!.Kind);
        var both = CasualtyScope.Of([Army], CasualtyKind.Wounded, CasualtyKind.Captured) with { CapturedIncludesWounded = true };
        Assert.Equal(6400, Count(Item(Side.Defender, both)));
    }

    [Fact]
    public void A_scope_the_source_leaves_open_is_never_resolved()
    {
        var open = new CasualtyScope([], null, null, [CasualtyKind.Killed], null, [ScopeDimension.Formations, ScopeDimension.Dates]);
        var gap = Gap(Item(Side.Attacker, open));
        Assert.Equal(ScopeGapKind.ScopeUnknown, gap!.Kind);
        Assert.Equal<ScopeDimension>([ScopeDimension.Formations, ScopeDimension.Dates], gap.Unknown);
    }

    [Fact]
    public void A_figure_that_starts_before_the_run_is_not_modelled()
    {
        // First contact was on 19 Jun, three days before the scenario starts.
        var early = Defender(CasualtyKind.Killed) with { Scope = CasualtyScope.Of([Army], CasualtyKind.Killed) with { From = new(1944, 6, 19) } };
        var gap = Gap(early);
        Assert.Equal((ScopeGapKind.BeforeStart, new DateTime(1944, 6, 19)), (gap!.Kind, gap.Day));
        Assert.Equal(700, Count(early with { Scope = early.Scope with { From = Start } }));
    }

    [Fact]
    public void A_stored_run_resolves_the_whole_siege_but_not_part_of_it()
    {
        var stored = ReportedCasualties.Totals(Run.End, Run.Defender.Casualties, Run.Attacker.Casualties);
        var killed = Defender(CasualtyKind.Killed);
        Assert.Equal(700, CasualtyScopes.Resolve(Hengyang, killed, stored).Value);
        Assert.Equal(700, CasualtyScopes.Resolve(Hengyang, killed with { Scope = killed.Scope with { From = Start, To = new(1944, 7, 1) } }, stored).Value);
        var part = CasualtyScopes.Resolve(Hengyang, killed with { Scope = killed.Scope with { From = new(1944, 6, 23) } }, stored);
        Assert.Equal(ScopeGapKind.NotByDay, part.Gap!.Kind);
    }

    [Fact]
    public void A_run_that_starts_in_the_morning_closes_each_day_at_its_23_00_snapshot()
    {
        // Start 06:00 on 22 Jun: snapshots at hours 17 (22 Jun 23:00) and 41 (23 Jun 23:00), the last at hour 60 (24 Jun 18:00).
        var run = With(Hengyang, Start.AddHours(6), 60, [(C(5, 0), C(0, 0)), (C(25, 0), C(0, 0)), (C(60, 0), C(0, 0))]);
        var reported = ReportedCasualties.Of(run);
        Assert.Equal(0, reported.Through(Side.Defender, new DateTime(1944, 6, 21))!.Value.Killed);
        Assert.Equal(5, reported.Through(Side.Defender, new DateTime(1944, 6, 22))!.Value.Killed);
        Assert.Equal(25, reported.Through(Side.Defender, new DateTime(1944, 6, 23))!.Value.Killed);
        Assert.Equal(60, reported.Through(Side.Defender, new DateTime(1944, 6, 24))!.Value.Killed);
    }

    [Fact]
    public void What_keeps_any_run_from_a_scope_is_what_keeps_this_one()
    {
        ImmutableArray<CasualtiesItem> items = [Defender(CasualtyKind.Killed), Defender(CasualtyKind.Sick)];
        Assert.All(items, i => Assert.Equal(CasualtyScopes.Gap(Hengyang, i)?.Kind, CasualtyScopes.Resolve(Hengyang, i, Run).Gap?.Kind));
    }
}
