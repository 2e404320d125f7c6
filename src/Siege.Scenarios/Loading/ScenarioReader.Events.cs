using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Loading;

internal sealed partial class ScenarioReader
{
    private enum EventKind
    {
        AirRaid,
        Gas,
        CrossingDestroyed,
        SupplyArrival,
        GunsArrival,
        AlliedAirSupport,
        ReliefApproach,
        Note,
    }

    private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);

    private ImmutableArray<ExogenousEvent> ReadEvents(IReadOnlyList<Located> items) =>
        items.Select(ReadEvent).OfType<ExogenousEvent>().ToImmutableArray();

    private ExogenousEvent? ReadEvent(Located at)
    {
        var probe = new MapReader(at, new Diagnostics(), "event");
        var what = probe.String("id") is { } named ? $"event '{Quote.Text(named)}'" : "event";
        var r = new MapReader(at, diagnostics, what);
        var id = r.String("id", required: true);
        var kind = r.Enum<EventKind>("kind", required: true);
        var hour = HourOf(r, "at", required: true);
        var every = r.Integer("repeatEveryHours");
        if (every is <= 0) diagnostics.Add(r.Node("repeatEveryHours")!.Value, $"{what}.repeatEveryHours: must be at least 1");
        var until = HourOf(r, "until");
        if (until is not null && hour is not null && until < hour) diagnostics.Add(r.Node("until")!.Value, $"{what}.until: comes before 'at'");
        ReadSourceKeys(r);
        r.String("note");
        if (id is not null)
        {
            CheckId(r.Node("id")!.Value, id, what);
            if (!_eventIds.Add(id)) diagnostics.Add(r.Node("id")!.Value, $"event: duplicate id '{Quote.Text(id)}'");
        }

        ExogenousEvent? result = null;
        if (kind is { } k && id is not null && hour is { } h)
            result = ReadPayload(r, k, id, h, every, until);
        r.Finish();
        if (kind is not (EventKind.AirRaid or EventKind.Gas or EventKind.SupplyArrival or EventKind.AlliedAirSupport) && every is not null)
            diagnostics.Add(r.Node("repeatEveryHours")!.Value, $"{what}.repeatEveryHours: '{EnumNames.ToYaml(kind ?? EventKind.Note)}' events do not repeat");
        return result;
    }

    private ExogenousEvent? ReadPayload(MapReader r, EventKind kind, string id, int hour, int? every, int? until)
    {
        switch (kind)
        {
            case EventKind.AirRaid:
                return new AirRaidEvent(id, hour, every, until, ReadTargets(r), ReadNonNegative(r, "intensity") ?? new Figure(1.0));
            case EventKind.Gas:
                var duration = r.Integer("durationHours", required: true) ?? 1;
                if (duration <= 0) diagnostics.Add(r.Node("durationHours")!.Value, $"{r.What}.durationHours: must be at least 1");
                return new GasEvent(id, hour, every, until, ReadTargets(r), duration, ReadNonNegative(r, "intensity") ?? new Figure(1.0));
            case EventKind.CrossingDestroyed:
                var crossing = r.String("crossing", required: true);
                if (crossing is not null && !_crossingIds.Contains(crossing))
                    diagnostics.Add(r.Node("crossing")!.Value, $"{r.What}.crossing: unknown crossing '{Quote.Text(crossing)}'");
                return crossing is null ? null : new CrossingDestroyedEvent(id, hour, crossing);
            case EventKind.SupplyArrival:
                var side = r.Enum<Side>("side", required: true);
                var supply = r.String("supply", required: true);
                var amount = ReadCount(r, "amount", MaxStock, "rounds", required: true);
                // Required: how a supply came is what a reader asks first, and a default would hide an unknown.
                var delivery = r.Enum<SupplyDelivery>("delivery", required: true);
                if (side is { } s && supply is not null && !(s == Side.Defender ? _defenderSupplyIds : _attackerSupplyIds).Contains(supply))
                    diagnostics.Add(r.Node("supply")!.Value, $"{r.What}.supply: the {EnumNames.ToYaml(s)} has no supply '{Quote.Text(supply)}'");
                return side is null || supply is null || amount is null || delivery is null
                    ? null
                    : new SupplyArrivalEvent(id, hour, every, until, side.Value, supply, amount, delivery.Value);
            case EventKind.GunsArrival:
                if (r.Enum<Side>("side") is Side.Defender) diagnostics.Add(r.Node("side")!.Value, $"{r.What}.side: only the attacker's guns arrive by event");
                var guns = ReadCount(r, "guns", MaxGuns, "guns", required: true);
                return guns is null ? null : new GunsArrivalEvent(id, hour, guns);
            case EventKind.AlliedAirSupport:
                return new AlliedAirSupportEvent(id, hour, every, until, ReadNonNegative(r, "intensity") ?? new Figure(1.0));
            case EventKind.ReliefApproach:
                var force = r.Map("force", required: true);
                var name = force?.String("name", required: true);
                var nameEn = force?.String("nameEn", required: true);
                var strength = force is null ? null : ReadCount(force, "strength", MaxMen, "men", required: true);
                force?.Finish();
                var position = r.String("position", required: true);
                CheckPosition(r, "position", position);
                return name is null || nameEn is null || strength is null || position is null
                    ? null
                    : new ReliefApproachEvent(id, hour, name, nameEn, strength, position);
            default:
                var text = r.String("text", required: true);
                var textEn = r.String("textEn", required: true);
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
