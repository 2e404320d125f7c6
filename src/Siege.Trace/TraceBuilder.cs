using System.Collections.Immutable;
using System.Globalization;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;

namespace Siege.Trace;

/// <summary>
/// Runs one seed with an hourly observer and turns what it saw into a <see cref="RunTrace"/>, marked with what it is a
/// run of (<see cref="RunProvenance"/>).
/// </summary>
public static class TraceBuilder
{
    public static RunTrace Build(Scenario scenario, ulong seed, RunProvenance provenance) => Build(SiegeModel.Compile(scenario), seed, provenance);

    public static RunTrace Build(SiegeModel model, ulong seed, RunProvenance provenance)
    {
        var frames = new FrameRecorder();
        var run = model.Run(seed, frames);
        return From(model.Scenario, run, frames.Frames, provenance);
    }

    private sealed class FrameRecorder : IRunObserver
    {
        public List<HourFrame> Frames { get; } = [];

        public void OnHour(HourFrame frame) => Frames.Add(frame);
    }

    private static RunTrace From(Scenario scenario, RunResult run, IReadOnlyList<HourFrame> frames, RunProvenance provenance)
    {
        var zh = EventText.For(scenario, Language.Chinese);
        var en = EventText.For(scenario, Language.English);
        var deliveries = scenario.Events.OfType<SupplyArrivalEvent>().ToDictionary(e => e.Id, e => e.Delivery, StringComparer.Ordinal);
        var eventsByHour = run.Chronicle
            .Select(e => (Entry: e, Zh: zh.Describe(e), En: en.Describe(e)))
            .Where(e => e.Zh is not null && e.En is not null)
            .ToLookup(e => e.Entry.Hour, e =>
            {
                var delivery = DeliveryOf(e.Entry, deliveries);
                return new TraceEvent(delivery == SupplyDelivery.AirDrop ? "airDrop" : Camel(e.Entry.Kind), e.Entry.Subject, e.Entry.Target,
                    e.Entry.Men, e.Entry.Amount, e.Entry.Ordinal, e.Zh!, e.En!, delivery is { } d ? Camel(d) : null);
            });
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
            provenance.ScenarioHash,
            provenance.Variant,
            new TraceSides(new TraceSide(scenario.Sides.Defender.Name, scenario.Sides.Defender.NameEn),
                new TraceSide(scenario.Sides.Attacker.Name, scenario.Sides.Attacker.NameEn)),
            run.Seed,
            run.HashHex,
            Camel(run.Outcome),
            Camel(run.EndReason),
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

    /// <summary>How a supply came: the delivery of the event the engine names as the entry's target; null for other entries.</summary>
    private static SupplyDelivery? DeliveryOf(ChronicleEntry e, Dictionary<string, SupplyDelivery> deliveries) =>
        e.Kind == ChronicleKind.SupplyArrived && e.Target is not null && deliveries.TryGetValue(e.Target, out var delivery) ? delivery : null;

    private static string Time(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Camel<T>(T value) where T : struct, Enum
    {
        var s = value.ToString();
        return char.ToLowerInvariant(s[0]) + s[1..];
    }
}
