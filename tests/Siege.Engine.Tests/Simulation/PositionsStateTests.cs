using Siege.Engine.Domain;
using Siege.Engine.Simulation;
using Siege.Engine.Tests.Support;

namespace Siege.Engine.Tests.Simulation;

/// <summary>The map's queries read the map and nothing else; what changes it says so in its name.</summary>
public sealed class PositionsStateTests
{
    private static readonly SiegeModel Hengyang = SiegeModel.Compile(TestScenarios.Hengyang);

    /// <summary>A Hengyang map with the attacker in every third position and the first crossing down.</summary>
    private static PositionsState MidSiegeMap()
    {
        var map = new PositionsState(Hengyang);
        map.Reset(Hengyang);
        for (var i = 0; i < map.Holder.Length; i += 3) map.MarkLost(i, hour: 100);
        map.DestroyCrossing(0);
        return map;
    }

    [Fact]
    public void Working_out_who_can_attack_a_position_changes_nothing()
    {
        var map = MidSiegeMap();
        var before = RunState.Of(map);
        for (var i = 0; i < map.Holder.Length; i++) map.AttackingNeighbours(i, out _);
        Assert.Equal(before, RunState.Of(map));
    }

    [Fact]
    public void A_position_can_be_attacked_from_each_neighbour_the_attacker_holds_with_men_over_an_open_approach()
    {
        var map = MidSiegeMap();
        var scenario = Hengyang.Scenario;
        var destroyed = scenario.Map.Rivers.SelectMany(r => r.Crossings).First().Id;
        var index = scenario.Map.Positions.Select((p, i) => (p.Id, i)).ToDictionary(t => t.Id, t => t.i);
        bool Attacks(string id) => map.Holder[index[id]] == Side.Attacker && map.AttackerPresent[index[id]];

        var checkedAcrossRiver = 0;
        foreach (var position in scenario.Map.Positions)
        {
            // Counted from the scenario's list of approaches, each taken from either end.
            var from = scenario.Map.Approaches
                .Where(a => a.CrossingId != destroyed)
                .Select(a => a.From == position.Id ? (Neighbour: a.To, a.CrossingId) : a.To == position.Id ? (Neighbour: a.From, a.CrossingId) : default)
                .Where(n => n.Neighbour is not null && Attacks(n.Neighbour))
                .ToList();
            var count = map.AttackingNeighbours(index[position.Id], out var acrossRiver);
            Assert.Equal(from.Count, count);
            Assert.Equal(from.Count(n => n.CrossingId is not null), acrossRiver);
            checkedAcrossRiver += acrossRiver;
        }
        // The layout above does put some attackers across a river, so the river count was checked as well.
        Assert.True(checkedAcrossRiver > 0);
    }
}
