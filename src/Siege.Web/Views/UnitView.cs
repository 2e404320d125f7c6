using System.Collections.Immutable;
using Siege.Engine.Domain;

namespace Siege.Web.Views;

/// <summary>
/// A node of an order of battle. <see cref="Strength"/> is the men in the unit and all below it; <see cref="Guns"/>
/// the unit's own guns; <see cref="Arrives"/> is null for a unit present at the start and for one that
/// <see cref="NeverArrives"/> (listed in the order of battle, never at the battle); <see cref="ArrivesEarliest"/> and
/// <see cref="ArrivesLatest"/> are the range its hour was guessed in, where the sources leave it open. <see cref="Role"/>
/// is given for the attacker only (assault, block, fireSupport).
/// </summary>
internal sealed record UnitView(
    string Id,
    string Name,
    string NameEn,
    string Echelon,
    string Kind,
    int Strength,
    long? Guns,
    string? Role,
    string? Arrives,
    bool NeverArrives,
    string? ArrivesEarliest,
    string? ArrivesLatest,
    string? ArrivesUntil,
    string? ArrivesAt,
    ImmutableArray<CommanderView> Commanders,
    ImmutableArray<string> Sources,
    ImmutableArray<UnitView> Units)
{
    public static UnitView Of(ForceUnit u, DateTime start, bool attacker) => new(
        u.Id, u.Name, u.NameEn, ViewText.Camel(u.Echelon), ViewText.Camel(u.Kind),
        u.TotalStrength,
        u.Guns is { } guns ? ViewText.Whole(guns.Value) : null,
        attacker ? ViewText.Camel(u.Role) : null,
        u.ArrivesHour > 0 && !u.NeverArrives ? ViewText.Time(start.AddHours(u.ArrivesHour)) : null,
        u.NeverArrives,
        u.ArrivalRange is { } earliest ? ViewText.Time(start.AddHours(earliest.EarliestHour)) : null,
        u.ArrivalRange is { } latest ? ViewText.Time(start.AddHours(latest.LatestHour)) : null,
        u.ArrivesUntilHour is { } until ? ViewText.Time(start.AddHours(until)) : null,
        u.ArrivesAt,
        u.Commanders.IsDefault ? [] : [.. u.Commanders.Select(c => new CommanderView(c.Name, c.NameEn))],
        u.Strength?.SourceKeys ?? [],
        u.IsLeaf ? [] : [.. u.Units.Select(child => Of(child, start, attacker))]);
}

internal sealed record CommanderView(string Name, string NameEn);
