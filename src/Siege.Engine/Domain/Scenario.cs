using System.Collections.Immutable;

namespace Siege.Engine.Domain;

/// <summary>
/// Everything the engine needs to simulate a siege, immutable. It holds no historical outcome: the record lives
/// with the scenario loader, so the engine cannot read it. <see cref="Sides"/> (what the text calls each side) is
/// for the hosts; the engine never reads it.
/// </summary>
public sealed record Scenario(
    string Id,
    string Name,
    string NameEn,
    DateTime Start,
    int HorizonHours,
    Daylight Daylight,
    Forces Forces,
    SiegeMap Map,
    SupplyLists Supplies,
    ImmutableArray<ExogenousEvent> Events,
    AttackerDoctrine AttackerDoctrine,
    DefenderDoctrine DefenderDoctrine,
    CombatParameters Combat)
{
    /// <summary>What the scenario calls each side; by their roles unless its files name them.</summary>
    public SideNames Sides { get; init; } = SideNames.Roles;
}
