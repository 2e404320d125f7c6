using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Scenarios.Loading;

namespace Siege.Scenarios.Tests.Record;

/// <summary>
/// A run written by hand, with numbers a reader can add up: what the scope resolver and the fidelity table are given
/// in the tests, instead of whatever the engine happens to do.
/// </summary>
internal static class HandBuiltRun
{
    /// <summary>The shipped Hengyang scenario, whose ids and dates the hand-built runs use.</summary>
    public static readonly Scenario Hengyang = ScenarioLoader.LoadEmbedded().Scenario!.Scenario;

    /// <summary>Hengyang's start, 22 Jun 1944 00:00: hour 0 of every hand-built run.</summary>
    public static readonly DateTime Start = Hengyang.Start;

    /// <summary>
    /// A run of <paramref name="scenario"/> from <paramref name="start"/> to <paramref name="endHour"/>, with one snapshot
    /// per day of the cumulative casualties given (the last one at the end hour), and the last day's as the totals.
    /// </summary>
    public static RunResult With(Scenario scenario, DateTime start, int endHour, IReadOnlyList<(Casualties Defender, Casualties Attacker)> days,
        Outcome outcome = Outcome.Fell, IEnumerable<PositionOutcome>? positions = null, IEnumerable<ChronicleEntry>? chronicle = null,
        EndReason reason = EndReason.StrengthSpent)
    {
        var snapshots = days.Select((d, i) => new DailySnapshot(
            i == days.Count - 1 ? endHour / 24 : i, 0, 0, 0, 0, 0, 1, [], 0, false, d.Defender, d.Attacker)).ToImmutableArray();
        var (defender, attacker) = days[^1];
        return new RunResult(scenario.Id, 1, 0, start, endHour, outcome, reason, [],
            positions?.ToImmutableArray() ?? [.. scenario.Map.Positions.Select(p => new PositionOutcome(p.Id, null, null, 0, p.HeldBy, null))],
            new PersonnelLedger(0, 0, 0, defender), new PersonnelLedger(0, 0, 0, attacker), [],
            chronicle?.ToImmutableArray() ?? [], snapshots);
    }

    /// <summary>
    /// The positions of the scenario, those in <paramref name="firstLost"/> first lost at the hour given (and held by the
    /// attacker since), those in <paramref name="firstAssaulted"/> first assaulted at the hour given.
    /// </summary>
    public static IEnumerable<PositionOutcome> Lost(Scenario scenario, IReadOnlyDictionary<string, int> firstLost, IReadOnlyDictionary<string, int>? firstAssaulted = null) =>
        scenario.Map.Positions.Select(p =>
        {
            int? assaulted = firstAssaulted is not null && firstAssaulted.TryGetValue(p.Id, out var a) ? a : null;
            return firstLost.TryGetValue(p.Id, out var hour)
                ? new PositionOutcome(p.Id, hour, hour, 1, Side.Attacker, assaulted ?? hour)
                : new PositionOutcome(p.Id, null, null, 0, p.HeldBy, assaulted);
        });

    public static Casualties C(int killed, int wounded, int captured = 0) => new(killed, wounded, captured);
}
