using Siege.Engine.Domain;

namespace Siege.Engine.Results;

public enum ChronicleKind
{
    AttackerArrived,
    DefenderArrived,
    OffensiveBegins,
    OffensivePauses,
    PositionLost,
    PositionRetaken,
    FellBack,
    Overrun,
    CounterattackFailed,
    AirRaid,
    Gas,
    CrossingDestroyed,
    SupplyArrived,
    GunsArrived,
    AlliedAirSupport,
    ReliefApproaches,
    ReliefThrownBack,
    ReliefBreaksThrough,
    BlockingReinforced,
    Note,
    CeaseFire,
}

/// <summary>
/// One thing that happened in a run, as data: hosts turn it into text in either language.
/// <paramref name="Subject"/> is a position, unit, crossing, supply or event id; <paramref name="Target"/> a second
/// position (where survivors fell back to), or for a supply the event that brought it; <paramref name="Men"/> and
/// <paramref name="Amount"/> the figures involved.
/// </summary>
public readonly record struct ChronicleEntry(
    int Hour,
    ChronicleKind Kind,
    string? Subject = null,
    string? Target = null,
    int Men = 0,
    long Amount = 0,
    int Ordinal = 0);
