using System.Collections.Immutable;
using System.Globalization;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;

namespace Siege.Trace;

/// <summary>Runs one seed with an hourly observer and turns what it saw into a <see cref="RunTrace"/>.</summary>
public static class TraceBuilder
{
    public static RunTrace Build(Scenario scenario, ulong seed) => Build(SiegeModel.Compile(scenario), seed);

    public static RunTrace Build(SiegeModel model, ulong seed)
    {
        var frames = new FrameRecorder();
        var run = model.Run(seed, frames);
        return From(model.Scenario, run, frames.Frames);
    }

    private sealed class FrameRecorder : IRunObserver
    {
        public List<HourFrame> Frames { get; } = [];

        public void OnHour(HourFrame frame) => Frames.Add(frame);
    }

    private static RunTrace From(Scenario scenario, RunResult run, IReadOnlyList<HourFrame> frames)
    {
        var zh = EventText.For(scenario, Language.Chinese);
        var en = EventText.For(scenario, Language.English);
        var defenderSupplies = scenario.Supplies.Defender.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var eventsByHour = run.Chronicle
            .Select(e => (Entry: e, Zh: zh.Describe(e), En: en.Describe(e)))
            .Where(e => e.Zh is not null && e.En is not null)
            .ToLookup(e => e.Entry.Hour, e => new TraceEvent(Kind(e.Entry, defenderSupplies), e.Entry.Subject, e.Entry.Target,
                e.Entry.Men, e.Entry.Amount, e.Entry.Ordinal, e.Zh!, e.En!));
        var hours = frames.Select(f => new TraceHour(
            f.Hour,
            Time(run.Start.AddHours(f.Hour)),
            new string(f.Holders.Select(h => h == Side.Defender ? 'D' : 'A').ToArray()),
            f.Garrisons,
            f.Attackers,
            new TraceDefender(f.DefenderCombatants, f.DefenderReserve, Math.Round(f.DefenderFirepower, 4), f.DefenderStocks,
                f.DefenderCasualties.Killed, f.DefenderCasualties.Wounded, f.DefenderCasualties.Captured),
            new TraceAttacker(f.AttackerInfantry, f.AttackerShells, f.AttackerCasualties.Killed, f.AttackerCasualties.Wounded),
            f.OffensiveActive,
            [.. eventsByHour[f.Hour]])).ToImmutableArray();
        return new RunTrace(
            RunTrace.FormatName,
            RunTrace.FormatVersion,
            new TraceScenario(scenario.Id, scenario.Name, scenario.NameEn, Time(scenario.Start), scenario.HorizonHours),
            run.Seed,
            run.HashHex,
            Camel(run.Outcome),
            run.EndHour,
            run.DurationDays,
            Map(scenario.Map),
            [.. scenario.Supplies.Defender.Select(s => new TraceSupply(s.Id, s.Name, s.NameEn, (long)Math.Round(s.Stock.Value)))],
            [.. run.Offensives.Select(o => new TraceOffensive(o.Ordinal, o.StartHour, o.EndHour))],
            hours);
    }

    /// <summary>The map in the trace's shape: what a viewer draws before (or without) a run.</summary>
    public static TraceMap Map(SiegeMap map) => new(
        [.. map.Positions.Select(p => new TracePosition(p.Id, p.Name, p.NameEn, Camel(p.Tier), p.X, p.Y, Camel(p.Fortification), Camel(p.Terrain),
            Camel(p.HeldBy), p.Key, p.Role, p.RoleZh))],
        [.. map.Approaches.Select(a => new TraceApproach(a.From, a.To, a.CrossingId))],
        [.. map.Rivers.Select(r => new TraceRiver(r.Id, r.Name, r.NameEn,
            [.. r.Course.Select(c => ImmutableArray.Create(c.X, c.Y))],
            [.. r.Crossings.Select(c => new TraceCrossing(c.Id, c.Name, c.NameEn, Camel(c.Kind), c.X, c.Y))]))]);

    /// <summary>The event's kind as the trace names it; ammunition reaching the encircled garrison came by air.</summary>
    private static string Kind(ChronicleEntry e, HashSet<string> defenderSupplies) =>
        e.Kind == ChronicleKind.SupplyArrived && e.Subject is not null && defenderSupplies.Contains(e.Subject) ? "airDrop" : Camel(e.Kind);

    private static string Time(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Camel<T>(T value) where T : struct, Enum
    {
        var s = value.ToString();
        return char.ToLowerInvariant(s[0]) + s[1..];
    }
}
