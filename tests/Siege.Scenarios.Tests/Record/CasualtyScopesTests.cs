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

    // The attacker's formations at the end of Run: the first two leaf units of its first division with more than one
    // lost 1,000 (300 killed) and 500 (200 killed); a leaf of another division lost 2,000 (600 killed); the rest none.
    private static readonly ForceUnit Division = Hengyang.Forces.Attacker.Units.First(u => u.Leaves().Count() > 1);
    private static readonly ForceUnit OtherLeaf = Hengyang.Forces.Attacker.Units.First(u => u != Division).Leaves().First();
    private static readonly RunResult WithFormations = Run with
    {
        AttackerFormations = [.. Hengyang.Forces.Attacker.Leaves().Select(u =>
            u == Division.Leaves().ElementAt(0) ? new FormationOutcome(u.Id, 5000, 1000, 4000) { Killed = 300 }
            : u == Division.Leaves().ElementAt(1) ? new FormationOutcome(u.Id, 3000, 500, 2500) { Killed = 200 }
            : u == OtherLeaf ? new FormationOutcome(u.Id, 6000, 2000, 4000) { Killed = 600 }
            : new FormationOutcome(u.Id, 0, 0, 0))],
    };

    private static CasualtiesItem Attacker(IEnumerable<string> formations, params CasualtyKind[] kinds) =>
        Item(Side.Attacker, CasualtyScope.Of(formations, kinds));

    [Fact]
    public void A_figure_of_some_attacking_formations_is_the_sum_over_their_units()
    {
        double? Count(CasualtiesItem item) => CasualtyScopes.Resolve(Hengyang, item, WithFormations).Value;
        // The division stands for every unit below it: 1,000 + 500 lost, 300 + 200 killed, the rest wounded.
        Assert.Equal(1500, Count(Attacker([Division.Id], CasualtyKind.Killed, CasualtyKind.Wounded)));
        Assert.Equal(500, Count(Attacker([Division.Id], CasualtyKind.Killed)));
        Assert.Equal(1000, Count(Attacker([Division.Id], CasualtyKind.Wounded)));
        // Units named together add up, the other division's unit with its 2,000.
        Assert.Equal(3500, Count(Attacker([Division.Id, OtherLeaf.Id], CasualtyKind.Killed, CasualtyKind.Wounded)));
        // The whole side is still the run's totals (400 killed), not the sum of the formations.
        Assert.Equal(400, Count(Attacker([Hengyang.Forces.Attacker.Id], CasualtyKind.Killed)));
    }

    [Fact]
    public void Attacking_formations_are_counted_over_the_whole_run_and_only_by_a_whole_run()
    {
        var division = Attacker([Division.Id], CasualtyKind.Killed);
        Assert.Null(CasualtyScopes.Gap(Hengyang, division));
        // By formation the run keeps its final losses only: part of the siege is not modelled.
        var dated = division with { Scope = division.Scope with { To = new(1944, 6, 24) } };
        Assert.Equal(ScopeGapKind.NotByDay, CasualtyScopes.Resolve(Hengyang, dated, WithFormations).Gap!.Kind);
        // A stored run of an ensemble keeps no formations.
        var stored = ReportedCasualties.Totals(WithFormations.End, WithFormations.Defender.Casualties, WithFormations.Attacker.Casualties);
        Assert.Equal(ScopeGapKind.BelowSide, CasualtyScopes.Resolve(Hengyang, division, stored).Gap!.Kind);
    }

    [Fact]
    public void Kinds_of_loss_the_run_does_not_count_are_named()
    {
        var gap = Gap(Defender(CasualtyKind.Killed, CasualtyKind.DiedOfWounds, CasualtyKind.Sick));
        Assert.Equal(ScopeGapKind.Categories, gap!.Kind);
        Assert.Equal<CasualtyKind>([CasualtyKind.DiedOfWounds, CasualtyKind.Sick], gap.Categories);
        Assert.Equal(ScopeGapKind.Categories, Gap(Defender(CasualtyKind.Missing))!.Kind);
    }

    // The same siege with what became of the wounded: at the end of 25 Jun 400 of the 1,220 ever wounded are still out,
    // 120 died of wounds (in the 610 killed) and 700 returned to duty; at the cease-fire 300 of the 500 then still out
    // are captured wounded, beside 5,000 captured unwounded. Ever wounded: 400 + 120 + 700 = 1,220, then
    // 200 + 150 + 750 + 300 = 1,400 at the end, as in Run.
    private static readonly RunResult WithWoundedFates = With(Hengyang, Start, 100,
    [
        (C(10, 20), C(0, 0)),
        (C(110, 220), C(50, 150)),
        (C(310, 620), C(150, 450)),
        (C(610, 400) with { DiedOfWounds = 120, ReturnedToDuty = 700 }, C(350, 1050)),
        (C(700, 200, 5300) with { DiedOfWounds = 150, ReturnedToDuty = 750, CapturedWounded = 300 }, C(400, 1200)),
    ]);

    private static double? CountIn(RunResult run, CasualtyScope scope) => CasualtyScopes.Resolve(Hengyang, Item(Side.Defender, scope), run).Value;

    [Fact]
    public void A_figure_of_wounded_is_set_against_every_man_wounded_not_those_still_out_at_the_end()
    {
        var wounded = CasualtyScope.Of([Army], CasualtyKind.Wounded);
        Assert.Equal(200, WithWoundedFates.Defender.Casualties.Wounded);
        Assert.Equal(1400, CountIn(WithWoundedFates, wounded));
        // Over days too: 1,220 ever wounded by the end of 25 Jun, less 220 by the end of 23 Jun.
        Assert.Equal(1000, CountIn(WithWoundedFates, wounded with { From = new(1944, 6, 24), To = new(1944, 6, 25) }));
    }

    [Fact]
    public void Wounded_prisoners_are_counted_where_the_source_books_them_and_no_man_twice()
    {
        var captured = CasualtyScope.Of([Army], CasualtyKind.Captured);
        var wounded = CasualtyScope.Of([Army], CasualtyKind.Wounded);
        // Booked as captured: 5,000 unwounded + 300 wounded prisoners; the wounded are then 1,400 less those 300.
        Assert.Equal(5300, CountIn(WithWoundedFates, captured with { CapturedIncludesWounded = true }));
        Assert.Equal(1100, CountIn(WithWoundedFates, wounded with { CapturedIncludesWounded = true }));
        // Booked as wounded: the captured are the 5,000 unwounded, the wounded all 1,400.
        Assert.Equal(5000, CountIn(WithWoundedFates, captured with { CapturedIncludesWounded = false }));
        Assert.Equal(1400, CountIn(WithWoundedFates, wounded with { CapturedIncludesWounded = false }));
        // Both counted: every man once whatever the booking, 1,400 + 5,000.
        var both = CasualtyScope.Of([Army], CasualtyKind.Wounded, CasualtyKind.Captured);
        Assert.Equal(6400, CountIn(WithWoundedFates, both with { CapturedIncludesWounded = true }));
        Assert.Equal(6400, CountIn(WithWoundedFates, both));
        // Killed and wounded: the 150 who died of wounds are in both, and counted once: 700 + 1,400 - 150.
        Assert.Equal(1950, CountIn(WithWoundedFates, CasualtyScope.Of([Army], CasualtyKind.Killed, CasualtyKind.Wounded)));
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
