using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;

namespace Siege.Engine.Tests.Simulation;

/// <summary>
/// A bridge the defender has ready for demolition is blown when the attacker takes the position at its far end while
/// the defender holds the near one: the garrison's decision on giving up the far bank, not a dated event.
/// </summary>
public sealed class BridgeDemolitionTests
{
    /// <summary>The outpost fixture with the hill and the keep behind it joined over a bridge.</summary>
    private static Scenario OverABridge(bool blownByDefender)
    {
        // 3,000 against 100 at a break-in rate of 1 an hour: the hill falls in the first hours.
        var outpost = TestScenarios.Outpost(attackers: 3000, garrison: 100, keep: 500, reserve: 0, breakInRate: 1.0);
        var bridge = new Crossing("bridge", "桥", "Bridge", CrossingKind.Bridge, -0.5, 0) { BlownByDefender = blownByDefender };
        return outpost with
        {
            Map = outpost.Map with
            {
                Approaches = [new Approach("hill", "camp"), new Approach("hill", "keep", "bridge")],
                Rivers = [new River("river", "河", "River", [new MapPoint(-0.5, -1), new MapPoint(-0.5, 1)], [bridge])],
            },
        };
    }

    [Fact]
    public void The_bridge_is_blown_in_the_hour_its_far_end_is_lost()
    {
        var run = SiegeModel.Compile(OverABridge(blownByDefender: true)).Run(1);
        var lost = Assert.Single(run.Chronicle, e => e.Kind == ChronicleKind.PositionLost && e.Subject == "hill");
        var blown = Assert.Single(run.Chronicle, e => e.Kind == ChronicleKind.CrossingDestroyed);
        Assert.Equal(("bridge", lost.Hour), (blown.Subject, blown.Hour));
        // With the bridge down the keep cannot be reached: it is never assaulted, and holds.
        Assert.Equal(Side.Defender, run.Positions.Single(p => p.Id == "keep").HeldAtEnd);
    }

    [Fact]
    public void A_bridge_not_ready_for_demolition_stands()
    {
        var run = SiegeModel.Compile(OverABridge(blownByDefender: false)).Run(1);
        Assert.Contains(run.Chronicle, e => e.Kind == ChronicleKind.PositionLost && e.Subject == "hill");
        Assert.DoesNotContain(run.Chronicle, e => e.Kind == ChronicleKind.CrossingDestroyed);
    }
}
