using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Scenarios.Record;

namespace Siege.Testing;

/// <summary>
/// One sample of every kind of thing the hosts must be able to tell: each event kind, each record item kind, each
/// chronicle kind, each way a run ends and each kind of combat. Tests push them through every consumer (chronicle text, report, web API, fidelity), so a new kind
/// that one consumer forgets fails a test instead of showing a type name to a reader. <see cref="Missing"/> says which
/// kinds the samples lack, so adding a kind without a sample fails too.
/// </summary>
public static class EveryKind
{
    /// <summary>An event of every kind, on the ids of <paramref name="s"/> (a position, a crossing, a supply of each side).</summary>
    public static IReadOnlyList<ExogenousEvent> Events(Scenario s)
    {
        var position = s.Map.Positions.First(p => p.Tier == Tier.Core).Id;
        var crossing = s.Map.Rivers.SelectMany(r => r.Crossings).First().Id;
        var targets = new TargetSet([Tier.Main], [position]);
        return
        [
            new AirRaidEvent("every-air-raid", 10, 24, 100, targets, Figure.Of(1)),
            new GasEvent("every-gas", 11, null, null, targets, 6, Figure.Of(1)),
            new CrossingDestroyedEvent("every-crossing", 12, crossing),
            new SupplyArrivalEvent("every-supply", 13, null, null, Side.Defender, s.Supplies.Defender[0].Id, Figure.Of(1000), SupplyDelivery.AirDrop),
            new GunsArrivalEvent("every-guns", 14, Figure.Of(4)),
            new AlliedAirSupportEvent("every-allied-air", 15, 24, null, Figure.Of(1)),
            new ReliefApproachEvent("every-relief", 16, "援军", "a relief force", Figure.Of(5000), position),
            new NoteEvent("every-note", 17, "记事", "a note"),
        ];
    }

    /// <summary>
    /// A record item of every kind, about the first core position of <paramref name="s"/>; and casualty figures of each
    /// verdict a run can give them (compared, scope unknown, not modelled at their scope).
    /// </summary>
    public static IReadOnlyList<RecordItem> RecordItems(Scenario s)
    {
        var position = s.Map.Positions.First(p => p.Tier == Tier.Core).Id;
        ImmutableArray<string> sources = ["GUESS"];
        ImmutableArray<RecordFigure> figures = [new RecordFigure(1000, "GUESS", null)];
        var day = s.Start.Date;
        return
        [
            new SiegeEndItem("every-end", sources, "终", "the end", day.AddDays(30), 2),
            new DurationItem("every-duration", sources, null, null, [new RecordFigure(30, "GUESS", null)]),
            new OffensiveItem("every-offensive", sources, null, null, 1, day.AddDays(5), day.AddDays(9), 1),
            new PositionLostItem("every-lost", sources, null, null, position, day.AddDays(10), day.AddDays(12)),
            new PositionHeldItem("every-held", sources, null, null, position, day.AddDays(8)),
            new PositionLostByItem("every-lost-by", sources, null, null, position, day.AddDays(20)),
            new PositionsHeldItem("every-set-held", sources, null, null, new TargetSet([Tier.Core], []), day.AddDays(15)),
            new PositionsLostItem("every-set-lost", sources, null, null, new TargetSet([], [position]), day.AddDays(20), day.AddDays(25)),
            new AssaultBeganItem("every-assault", sources, null, null, position, day.AddDays(4), day.AddDays(6)),
            new SiegeEndReasonItem("every-end-reason", sources, null, null, [SiegeEndReason.Firepower]),
            new CasualtiesItem("every-casualties", sources, null, null, Side.Defender, CasualtyScope.Of([s.Forces.Defender.Id], CasualtyKind.Killed), figures, 0.2),
            // Not a kind, but the two ways a figure is shown and not compared: its scope left open, or not counted by the run.
            new CasualtiesItem("every-scope-unknown", sources, null, null, Side.Attacker, new CasualtyScope([], null, null, [], null, [ScopeDimension.Formations, ScopeDimension.Categories]), figures, 0.2),
            new CasualtiesItem("every-not-modelled", sources, null, null, Side.Defender, CasualtyScope.Of([s.Forces.Defender.Id], CasualtyKind.DiedOfWounds), figures, 0.2),
        ];
    }

    /// <summary>A chronicle entry of every kind, naming <paramref name="subject"/> and <paramref name="target"/>.</summary>
    public static IReadOnlyList<ChronicleEntry> ChronicleEntries(string subject, string target) =>
        [.. Enum.GetValues<ChronicleKind>().Select(kind => new ChronicleEntry(20, kind, subject, target, Men: 120, Amount: 30, Ordinal: 1))];

    /// <summary>
    /// <paramref name="run"/> ended in every way a run can end: one run per <see cref="EndReason"/>, with seeds 1, 2, …
    /// in the enum's order, each side's losses spread over every kind of combat (<see cref="LossesOfEveryKind"/>).
    /// </summary>
    public static IReadOnlyList<RunResult> RunsOfEveryEnd(RunResult run) =>
        [.. Enum.GetValues<EndReason>().Select((reason, i) => run with
        {
            Seed = (ulong)(i + 1),
            EndReason = reason,
            Outcome = reason switch { EndReason.Horizon => Outcome.Held, EndReason.Relieved => Outcome.Relieved, _ => Outcome.Fell },
            Defender = LossesOfEveryKind(run.Defender, 1),
            Attacker = LossesOfEveryKind(run.Attacker, 2),
        })];

    /// <summary>
    /// <paramref name="ledger"/> with men lost in every kind of combat, a different number in each: the n-th kind
    /// (n = 1, 2, …) times <paramref name="scale"/> gives 10n killed in action, n died of wounds, 20n still wounded,
    /// 2n returned to duty, 3n captured unwounded and n captured wounded. The men present are what balances the ledger.
    /// </summary>
    public static PersonnelLedger LossesOfEveryKind(PersonnelLedger ledger, int scale)
    {
        var kinds = Enum.GetValues<CombatKind>().Select((_, k) =>
        {
            var n = (k + 1) * scale;
            return new Casualties(10 * n + n, 20 * n, 3 * n + n) { DiedOfWounds = n, ReturnedToDuty = 2 * n, CapturedWounded = n };
        }).ToImmutableArray();
        var total = kinds.Aggregate(default(Casualties), (sum, c) => sum + c);
        return new PersonnelLedger(ledger.Initial, ledger.Arrived, ledger.Initial + ledger.Arrived - total.Total, total) { ByKind = kinds };
    }

    /// <summary>The concrete kinds of <typeparamref name="TBase"/> (in its assembly) that no sample is of.</summary>
    public static IReadOnlyList<string> Missing<TBase>(IEnumerable<TBase> samples)
    {
        var covered = samples.Select(x => x!.GetType()).ToHashSet();
        return [.. typeof(TBase).Assembly.GetTypes()
            .Where(t => typeof(TBase).IsAssignableFrom(t) && !t.IsAbstract && !covered.Contains(t))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)];
    }
}
