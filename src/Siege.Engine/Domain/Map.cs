using System.Collections.Immutable;

namespace Siege.Engine.Domain;

/// <summary>Rings of the defence, from the attacker's assembly areas inwards. The order is the order of falling back.</summary>
public enum Tier
{
    Staging,
    EastBank,
    Warning,
    Outpost,
    Main,
    Second,
    Core,
}

/// <summary>Defender posture at a position, in Dupuy's QJM categories.</summary>
public enum Fortification
{
    None,
    Hasty,
    Prepared,
    Fortified,
}

public enum Terrain
{
    Open,
    Urban,
    Hill,
    Paddy,
    Riverbank,
    Village,
}

public enum CrossingKind
{
    Bridge,
    Ferry,
    Ford,
}

/// <summary>
/// A place that can be held. <see cref="Role"/> says what it was for, in English, and <see cref="RoleZh"/> in
/// Chinese; both are for readers only (the engine never reads them) and either may be missing.
/// </summary>
public sealed record Position(
    string Id,
    string Name,
    string NameEn,
    double X,
    double Y,
    Tier Tier,
    Side HeldBy,
    Fortification Fortification,
    Terrain Terrain,
    bool Key = false,
    bool HoldToLast = false,
    bool Approximate = true,
    string? Role = null,
    string? RoleZh = null);

/// <summary>An undirected link along which fighting, reinforcement and retreat move; it may use a river crossing.</summary>
public sealed record Approach(string From, string To, string? CrossingId = null);

public sealed record Crossing(string Id, string Name, string NameEn, CrossingKind Kind, double X, double Y)
{
    /// <summary>
    /// The defender has it ready for demolition and blows it when the attacker takes a position at one end of an
    /// approach over it while the defender still holds the other: a decision tied to giving up the far bank, not a date.
    /// </summary>
    public bool BlownByDefender { get; init; }
}

public sealed record River(string Id, string Name, string NameEn, ImmutableArray<MapPoint> Course, ImmutableArray<Crossing> Crossings);

public readonly record struct MapPoint(double X, double Y);

public sealed record GeoOrigin(double Latitude, double Longitude);

public sealed record SiegeMap(
    GeoOrigin? Origin,
    ImmutableArray<Position> Positions,
    ImmutableArray<Approach> Approaches,
    ImmutableArray<River> Rivers);
