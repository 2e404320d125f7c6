using System.Collections.Immutable;

namespace Siege.Engine.Domain;

public enum Echelon
{
    Army,
    Division,
    Brigade,
    Regiment,
    Battalion,
    Company,
    Detachment,
}

public enum UnitKind
{
    Infantry,
    Artillery,
    Engineers,
    Antitank,
    Police,
    Service,
    Air,
}

/// <summary>What an attacking formation does: assault the city, stand off it against relief, or only add guns.</summary>
public enum AttackerRole
{
    Assault,
    Block,
    FireSupport,
}

/// <summary>Where a defender unit's men stand when it arrives: a position id, or <see cref="Reserve"/>.</summary>
public sealed record DeploymentShare(string At, double Share)
{
    public const string Reserve = "reserve";
}

public sealed record Commander(string Name, string NameEn, string? From = null, string? Note = null);

public sealed record Weapon(string Name, string NameEn, Figure Count);

/// <summary>The hours, from the start, between which a unit may have arrived where no source gives the hour.</summary>
public sealed record ArrivalWindow(int EarliestHour, int LatestHour);

/// <summary>
/// A node of an order of battle. Leaf units carry men; parents take their strength from their sub-units.
/// A unit with <see cref="ArrivesUntilHour"/> comes ashore or up the road evenly over the hours from
/// <see cref="ArrivesHour"/> until then, as a landing does, rather than all at once.
/// </summary>
public sealed record ForceUnit(
    string Id,
    string Name,
    string NameEn,
    Echelon Echelon,
    UnitKind Kind,
    ImmutableArray<Commander> Commanders,
    Figure? Strength,
    double Quality,
    int ArrivesHour,
    string? ArrivesAt,
    AttackerRole Role,
    Figure? Guns,
    ImmutableArray<DeploymentShare> Deployment,
    ImmutableArray<Weapon> Weapons,
    ImmutableArray<ForceUnit> Units,
    int? ArrivesUntilHour = null)
{
    /// <summary>
    /// The unit is in the order of battle but never reached the battle: it has no men or guns, and its
    /// <see cref="ArrivesHour"/> lies past the scenario's horizon, so that no run sees it arrive.
    /// </summary>
    public bool NeverArrives { get; init; }

    /// <summary>
    /// Where the sources leave the hour open, the range it lies in; <see cref="ArrivesHour"/>, the hour the engine
    /// uses, lies inside it. Null for an hour a source gives, or a unit present at the start.
    /// </summary>
    public ArrivalWindow? ArrivalRange { get; init; }

    public bool IsLeaf => Units.IsDefaultOrEmpty;

    /// <summary>Men in this unit and all below it (the nominal value of each leaf's strength).</summary>
    public int TotalStrength => IsLeaf ? (int)Math.Round(Strength?.Value ?? 0) : Units.Sum(u => u.TotalStrength);

    /// <summary>This unit and every unit below it, depth first, in file order.</summary>
    public IEnumerable<ForceUnit> SelfAndDescendants()
    {
        yield return this;
        if (Units.IsDefaultOrEmpty) yield break;
        foreach (var child in Units)
            foreach (var unit in child.SelfAndDescendants())
                yield return unit;
    }

    public IEnumerable<ForceUnit> Leaves() => SelfAndDescendants().Where(u => u.IsLeaf);
}

public sealed record Forces(ForceUnit Defender, ForceUnit Attacker);
