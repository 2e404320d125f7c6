using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Scenarios.Schema.Definitions;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Loading;

internal sealed partial class ScenarioReader
{
    private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);

    private ImmutableArray<ExogenousEvent> ReadEvents(IReadOnlyList<Located> items) =>
        items.Select(ReadEvent).OfType<ExogenousEvent>().ToImmutableArray();

    private ExogenousEvent? ReadEvent(Located at)
    {
        var probe = new MapReader(at, new Diagnostics(), "event");
        var what = probe.String("id") is { } named ? $"event '{Quote.Text(named)}'" : "event";
        var r = new MapReader(at, diagnostics, what);
        var id = r.String("id");
        var kind = r.Enum<EventKind>("kind");
        var hour = HourOf(r, "at");
        var every = r.Integer("repeatEveryHours");
        if (every is <= 0) diagnostics.Add(r.Place("repeatEveryHours")!.Value, $"{what}.repeatEveryHours: must be at least 1");
        var until = HourOf(r, "until");
        if (until is not null && hour is not null && until < hour) diagnostics.Add(r.Place("until")!.Value, $"{what}.until: comes before 'at'");
        ReadSourceKeys(r);
        ReadNote(r);
        if (id is not null)
        {
            CheckId(r.Place("id")!.Value, id, what);
            if (!_eventIds.Add(id)) diagnostics.Add(r.Place("id")!.Value, $"event: duplicate id '{Quote.Text(id)}'");
        }

        // The payload is read whenever the kind is known, so its problems are reported even when the id or time is wrong.
        var payload = kind is { } k ? ReadPayload(r, k, id ?? "", hour ?? 0, every, until) : null;
        var result = id is null || hour is null ? null : payload;
        r.Finish();
        if (kind is not (EventKind.AirRaid or EventKind.Gas or EventKind.SupplyArrival or EventKind.AlliedAirSupport) && every is not null)
            diagnostics.Add(r.Place("repeatEveryHours")!.Value, $"{what}.repeatEveryHours: '{EnumNames.ToYaml(kind ?? EventKind.Note)}' events do not repeat");
        return result;
    }

    private ExogenousEvent? ReadPayload(MapReader r, EventKind kind, string id, int hour, int? every, int? until)
    {
        switch (kind)
        {
            case EventKind.AirRaid:
                return new AirRaidEvent(id, hour, every, until, ReadTargets(r), ReadNonNegative(r, "intensity") ?? new Figure(1.0));
            case EventKind.Gas:
                var duration = r.Integer("durationHours") ?? 1;
                if (duration <= 0) diagnostics.Add(r.Place("durationHours")!.Value, $"{r.What}.durationHours: must be at least 1");
                return new GasEvent(id, hour, every, until, ReadTargets(r), duration, ReadNonNegative(r, "intensity") ?? new Figure(1.0));
            case EventKind.CrossingDestroyed:
                var crossing = r.String("crossing");
                if (crossing is not null && !_crossingIds.Contains(crossing))
                    diagnostics.Add(r.Place("crossing")!.Value, $"{r.What}.crossing: unknown crossing '{Quote.Text(crossing)}'");
                return crossing is null ? null : new CrossingDestroyedEvent(id, hour, crossing);
            case EventKind.SupplyArrival:
                var side = r.Enum<Side>("side");
                var supply = r.String("supply");
                var amount = ReadCount(r, "amount", MaxStock, "rounds");
                // Required: how a supply came is what a reader asks first, and a default would hide an unknown.
                var delivery = r.Enum<SupplyDelivery>("delivery");
                if (side is { } s && supply is not null && !(s == Side.Defender ? _defenderSupplyIds : _attackerSupplyIds).Contains(supply))
                    diagnostics.Add(r.Place("supply")!.Value, $"{r.What}.supply: the {EnumNames.ToYaml(s)} has no supply '{Quote.Text(supply)}'");
                return side is null || supply is null || amount is null || delivery is null
                    ? null
                    : new SupplyArrivalEvent(id, hour, every, until, side.Value, supply, amount, delivery.Value);
            case EventKind.GunsArrival:
                if (r.Enum<Side>("side") is Side.Defender) diagnostics.Add(r.Place("side")!.Value, $"{r.What}.side: only the attacker's guns arrive by event");
                var guns = ReadCount(r, "guns", MaxGuns, "guns");
                return guns is null ? null : new GunsArrivalEvent(id, hour, guns);
            case EventKind.AlliedAirSupport:
                return new AlliedAirSupportEvent(id, hour, every, until, ReadNonNegative(r, "intensity") ?? new Figure(1.0));
            case EventKind.ReliefApproach:
                var force = r.Map("force");
                var name = force?.String("name");
                var nameEn = force?.String("nameEn");
                var strength = force is null ? null : ReadCount(force, "strength", MaxMen, "men");
                force?.Finish();
                var position = r.String("position");
                CheckPosition(r, "position", position);
                return name is null || nameEn is null || strength is null || position is null
                    ? null
                    : new ReliefApproachEvent(id, hour, name, nameEn, strength, position);
            default:
                var text = r.String("text");
                var textEn = r.String("textEn");
                return text is null || textEn is null ? null : new NoteEvent(id, hour, text, textEn);
        }
    }

    private TargetSet ReadTargets(MapReader r)
    {
        var tiers = ImmutableArray.CreateBuilder<Tier>();
        foreach (var (value, at) in r.Strings("tiers"))
        {
            var tier = Enum.GetValues<Tier>().Where(t => EnumNames.ToYaml(t) == value).Select(t => (Tier?)t).FirstOrDefault();
            if (tier is null) diagnostics.Add(at, $"{r.What}.tiers: '{Quote.Text(value)}' is not one of {string.Join(", ", Enum.GetValues<Tier>().Select(t => EnumNames.ToYaml(t)))}");
            else tiers.Add(tier.Value);
        }
        var positions = ImmutableArray.CreateBuilder<string>();
        foreach (var (value, at) in r.Strings("positions"))
        {
            if (!_positions.ContainsKey(value)) diagnostics.Add(at, $"{r.What}.positions: unknown position '{Quote.Text(value)}'");
            positions.Add(value);
        }
        if (tiers.Count == 0 && positions.Count == 0) diagnostics.Add(r.At, $"{r.What}: give the targets as 'tiers' or 'positions'");
        return new TargetSet(tiers.ToImmutable(), positions.ToImmutable());
    }
}
