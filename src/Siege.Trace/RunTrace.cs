using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Siege.Trace;

/// <summary>
/// One run, hour by hour, with everything a viewer needs to draw it: the map, the supplies, the offensives and, for
/// every hour, who holds each position, the men there, both sides' strength and ammunition, and that hour's events in
/// Chinese and English. It says what it is a run of: the scenario's content hash and the variant applied, if any, and
/// what the scenario calls each side. The reference is docs/trace-format.md; <see cref="FormatVersion"/> changes with
/// any change to the shape.
/// </summary>
public sealed record RunTrace(
    string Format,
    int Version,
    TraceScenario Scenario,
    string ScenarioHash,
    RunVariant? Variant,
    TraceSides Sides,
    ulong Seed,
    string Hash,
    string Outcome,
    string EndReason,
    int EndHour,
    double DurationDays,
    TraceMap Map,
    ImmutableArray<TraceSupply> Supplies,
    ImmutableArray<TraceOffensive> Offensives,
    ImmutableArray<TraceHour> Hours)
{
    public const string FormatName = "siege-trace";
    // 2: positions carry roleZh beside role.
    // 3: scenarioHash, variant and sides at the top level; supply events carry their delivery and, as target, their event.
    // 4: endReason beside outcome.
    public const int FormatVersion = 4;
}

/// <summary>
/// What a run is a run of: the SHA-256 of the scenario's files as written (<c>LoadedScenario.ContentHash</c>) and the
/// variant applied to them, null for the baseline. The run store keys runs by the same two hashes.
/// </summary>
public sealed record RunProvenance(string ScenarioHash, RunVariant? Variant);

/// <summary>A variant by its id and the SHA-256 of its file's text.</summary>
public sealed record RunVariant(string Id, string Hash);

/// <summary>What the scenario calls each side, in Chinese (a noun that composes: 日军突击步兵) and English.</summary>
public sealed record TraceSides(TraceSide Defender, TraceSide Attacker);

public sealed record TraceSide(string Name, string NameEn);

public sealed record TraceScenario(string Id, string Name, string NameEn, string Start, int HorizonHours);

public sealed record TraceMap(ImmutableArray<TracePosition> Positions, ImmutableArray<TraceApproach> Approaches, ImmutableArray<TraceRiver> Rivers);

/// <summary>
/// A position; x and y are kilometres east and north of the scenario's origin. <see cref="Role"/> is what it was for
/// in English, <see cref="RoleZh"/> in Chinese; either may be null.
/// </summary>
public sealed record TracePosition(string Id, string Name, string NameEn, string Tier, double X, double Y,
    string Fortification, string Terrain, string HeldBy, bool Key, string? Role, string? RoleZh);

public sealed record TraceApproach(string From, string To, string? Crossing);

public sealed record TraceRiver(string Id, string Name, string NameEn, ImmutableArray<ImmutableArray<double>> Course, ImmutableArray<TraceCrossing> Crossings);

public sealed record TraceCrossing(string Id, string Name, string NameEn, string Kind, double X, double Y);

/// <summary>A defender supply stock: the order of <see cref="TraceDefender.Stocks"/>.</summary>
public sealed record TraceSupply(string Id, string Name, string NameEn, long Initial);

public sealed record TraceOffensive(int Ordinal, int StartHour, int? EndHour);

/// <summary>
/// The end of one hour. <see cref="Holders"/> has one letter per position in the order of the map's positions
/// (D defender, A attacker); <see cref="Garrisons"/> and <see cref="Attackers"/> are the men there, in the same order.
/// </summary>
public sealed record TraceHour(
    int Hour,
    string Time,
    string Holders,
    ImmutableArray<int> Garrisons,
    ImmutableArray<int> Attackers,
    TraceDefender Defender,
    TraceAttacker Attacker,
    bool Offensive,
    ImmutableArray<TraceEvent> Events);

public sealed record TraceDefender(int Combatants, int Reserve, double Firepower, ImmutableArray<long> Stocks, int Killed, int Wounded, int Captured);

public sealed record TraceAttacker(int Infantry, long Shells, int Killed, int Wounded);

/// <summary>
/// Something that happened in the hour, as data (ids and figures) and as a sentence in each language. A supply's
/// arrival says how it came (<see cref="Delivery"/>, as the scenario's <c>delivery</c>); other events have none, and
/// the field is left out of their JSON.
/// </summary>
public sealed record TraceEvent(string Kind, string? Subject, string? Target, int Men, long Amount, int Ordinal, string TextZh, string TextEn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Delivery = null);
