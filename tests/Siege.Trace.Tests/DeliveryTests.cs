using System.Text.Json;
using Siege.Engine.Domain;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Variants;

namespace Siege.Trace.Tests;

/// <summary>
/// Each supply arrival in the trace comes as its scenario event's <c>delivery</c> says. The Hengyang baseline drops
/// no ammunition to the garrison (zh-wp names none), so the runs here are of its variant ammunition-air-drops.
/// </summary>
public sealed class DeliveryTests
{
    private static readonly VariantLoadResult Drops = ShippedVariants.Embedded().Load("ammunition-air-drops")!;
    private static readonly LoadedScenario Hengyang = Drops.Scenario!;
    private static readonly RunTrace Seed1 = TraceBuilder.Build(Hengyang.Scenario, 1, new RunProvenance(Hengyang.ContentHash, new RunVariant(Drops.Variant!.Id, Drops.Variant.ContentHash)));

    private static IEnumerable<TraceEvent> Supplies =>
        Seed1.Hours.SelectMany(h => h.Events).Where(e => e.Kind is "airDrop" or "supplyArrived");

    [Fact]
    public void Every_supply_arrival_names_its_event_and_that_events_delivery()
    {
        var events = Hengyang.Scenario.Events.OfType<SupplyArrivalEvent>().ToDictionary(e => e.Id);
        Assert.NotEmpty(Supplies);
        Assert.All(Supplies, e =>
        {
            var source = events[e.Target!];
            Assert.Equal(source.SupplyId, e.Subject);
            Assert.Equal(char.ToLowerInvariant(source.Delivery.ToString()[0]) + source.Delivery.ToString()[1..], e.Delivery);
        });
    }

    [Fact]
    public void Only_a_supply_that_came_by_air_is_an_air_drop()
    {
        // variants/ammunition-air-drops.yaml: the garrison's three arrivals (airdrop-jul06, -jul16, -jul27) are dropped
        // by air; the attacker's shells come as a daily flow (supplies.yaml), not as dated arrivals.
        Assert.Equal(["airdrop-jul06", "airdrop-jul16", "airdrop-jul27"], Supplies.Where(e => e.Kind == "airDrop").Select(e => e.Target));
        Assert.All(Supplies.Where(e => e.Kind == "airDrop"), e => Assert.Equal("airDrop", e.Delivery));
        Assert.DoesNotContain(Supplies, e => e.Kind == "supplyArrived");
    }

    [Fact]
    public void Only_supply_events_carry_a_delivery_in_the_json()
    {
        using var json = JsonDocument.Parse(TraceJson.Serialize(Seed1));
        var events = json.RootElement.GetProperty("hours").EnumerateArray().SelectMany(h => h.GetProperty("events").EnumerateArray()).ToList();
        Assert.All(events, e => Assert.Equal(
            e.GetProperty("kind").GetString() is "airDrop" or "supplyArrived",
            e.TryGetProperty("delivery", out _)));
    }
}
