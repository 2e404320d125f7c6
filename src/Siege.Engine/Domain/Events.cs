using System.Collections.Immutable;

namespace Siege.Engine.Domain;

/// <summary>
/// Something outside the model that happens at a given hour: an arrival, an air raid, gas, a demolition, an air
/// drop, a relief force's approach. Never an outcome: the engine decides who holds what.
/// </summary>
public abstract record ExogenousEvent(string Id, int Hour, int? RepeatEveryHours, int? UntilHour)
{
    /// <summary>Every hour at which the event happens, up to <paramref name="horizonHours"/>.</summary>
    public IEnumerable<int> Occurrences(int horizonHours)
    {
        var last = Math.Min(UntilHour ?? horizonHours, horizonHours);
        if (RepeatEveryHours is not { } every || every <= 0)
        {
            if (Hour <= last) yield return Hour;
            yield break;
        }
        for (var h = Hour; h <= last; h += every) yield return h;
    }
}

/// <summary>The positions an event strikes: those listed, plus every defender-held position of the listed tiers.</summary>
public sealed record TargetSet(ImmutableArray<Tier> Tiers, ImmutableArray<string> PositionIds)
{
    public bool Includes(Position position) => Tiers.Contains(position.Tier) || PositionIds.Contains(position.Id);
}

public sealed record AirRaidEvent(string Id, int Hour, int? RepeatEveryHours, int? UntilHour, TargetSet Targets, Figure Intensity)
    : ExogenousEvent(Id, Hour, RepeatEveryHours, UntilHour);

public sealed record GasEvent(string Id, int Hour, int? RepeatEveryHours, int? UntilHour, TargetSet Targets, int DurationHours, Figure Intensity)
    : ExogenousEvent(Id, Hour, RepeatEveryHours, UntilHour);

public sealed record CrossingDestroyedEvent(string Id, int Hour, string CrossingId)
    : ExogenousEvent(Id, Hour, null, null);

/// <summary>How a supply arrival reached its side; the engine treats every kind alike, the hosts draw and name it.</summary>
public enum SupplyDelivery
{
    /// <summary>Dropped from aircraft.</summary>
    AirDrop,
    /// <summary>By road: lorries, carts, porters.</summary>
    Road,
    Rail,
    /// <summary>By boat on a river.</summary>
    River,
    /// <summary>Landed from the sea.</summary>
    Sea,
    /// <summary>The sources do not say.</summary>
    Unknown,
}

public sealed record SupplyArrivalEvent(string Id, int Hour, int? RepeatEveryHours, int? UntilHour, Side Side, string SupplyId, Figure Amount, SupplyDelivery Delivery)
    : ExogenousEvent(Id, Hour, RepeatEveryHours, UntilHour);

public sealed record GunsArrivalEvent(string Id, int Hour, Figure Guns)
    : ExogenousEvent(Id, Hour, null, null);

public sealed record AlliedAirSupportEvent(string Id, int Hour, int? RepeatEveryHours, int? UntilHour, Figure Intensity)
    : ExogenousEvent(Id, Hour, RepeatEveryHours, UntilHour);

public sealed record ReliefApproachEvent(string Id, int Hour, string ForceName, string ForceNameEn, Figure Strength, string PositionId)
    : ExogenousEvent(Id, Hour, null, null);

/// <summary>A chronicle entry with no effect on the model (leaflets, orders dropped by air).</summary>
public sealed record NoteEvent(string Id, int Hour, string Text, string TextEn)
    : ExogenousEvent(Id, Hour, null, null);
