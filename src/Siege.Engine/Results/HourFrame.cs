using System.Collections.Immutable;
using Siege.Engine.Domain;

namespace Siege.Engine.Results;

/// <summary>
/// The state of a run at the end of one hour, for a host that replays a run (the trace of <c>siege run --format
/// trace</c>, the web viewer). Position arrays are indexed like the scenario's positions: who holds each, its
/// garrison (defenders there), and the attackers there (the assault group fighting for it plus any occupiers).
/// <c>DefenderStocks</c> follow the scenario's supply order. The other figures are those of <see cref="DailySnapshot"/>.
/// </summary>
public sealed record HourFrame(
    int Hour,
    ImmutableArray<Side> Holders,
    ImmutableArray<int> Garrisons,
    ImmutableArray<int> Attackers,
    int DefenderCombatants,
    int DefenderReserve,
    int AttackerInfantry,
    long AttackerShells,
    double DefenderFirepower,
    ImmutableArray<long> DefenderStocks,
    bool OffensiveActive,
    Casualties DefenderCasualties,
    Casualties AttackerCasualties);

/// <summary>Receives a run hour by hour. Observing a run never changes it: the same seed gives the same result.</summary>
public interface IRunObserver
{
    void OnHour(HourFrame frame);
}
