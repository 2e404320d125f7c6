using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Siege.Ensembles;

/// <summary>
/// What an ensemble says: the spread of the siege's length, offensives, casualties and position falls over its runs.
/// Day figures are days from the scenario's start (hours / 24, two decimals); percentiles are nearest-rank over the
/// runs in which the event happened (see <see cref="CountingHistogram"/>). Property names are fixed by attributes so
/// the JSON shape holds under any naming policy. Everything except <see cref="Timing"/> depends only on the
/// scenario, the variant and the seeds.
/// </summary>
public sealed record EnsembleSummary(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("variant")] string? Variant,
    [property: JsonPropertyName("runs")] int Runs,
    [property: JsonPropertyName("seed")] ulong Seed,
    [property: JsonPropertyName("durationDays")] DurationStats? DurationDays,
    [property: JsonPropertyName("pHoldRecorded")] double? PHoldRecorded,
    [property: JsonPropertyName("pHoldOrdered")] double? PHoldOrdered,
    [property: JsonPropertyName("offensives")] OffensiveStats Offensives,
    [property: JsonPropertyName("endReasons")] ImmutableArray<EndReasonShare> EndReasons,
    [property: JsonPropertyName("casualties")] CasualtyStats Casualties,
    [property: JsonPropertyName("positions")] ImmutableArray<PositionStats> Positions,
    [property: JsonPropertyName("record")] RecordFigures Record,
    [property: JsonPropertyName("timing"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EnsembleTiming? Timing = null);

public sealed record DurationStats(
    [property: JsonPropertyName("mean")] double Mean,
    [property: JsonPropertyName("p10")] double P10,
    [property: JsonPropertyName("p50")] double P50,
    [property: JsonPropertyName("p90")] double P90);

/// <summary>Percentiles of a time, in days from the scenario's start.</summary>
public sealed record DayPercentiles(
    [property: JsonPropertyName("p10")] double P10,
    [property: JsonPropertyName("p50")] double P50,
    [property: JsonPropertyName("p90")] double P90);

/// <summary>Percentiles of a number of men.</summary>
public sealed record CountPercentiles(
    [property: JsonPropertyName("p10")] int P10,
    [property: JsonPropertyName("p50")] int P50,
    [property: JsonPropertyName("p90")] int P90);

public sealed record MedianCount([property: JsonPropertyName("p50")] int P50);

/// <summary>How many general offensives a run has, and when the k-th one starts (over the runs that had a k-th).</summary>
public sealed record OffensiveStats(
    [property: JsonPropertyName("count")] MedianCount? Count,
    [property: JsonPropertyName("starts")] ImmutableArray<DayPercentiles> Starts);

/// <summary>
/// A side's casualties over the runs, each man counted once by what became of him (see
/// <see cref="Siege.Engine.Results.Casualties"/>): killed (died of wounds included), still wounded, captured (wounded
/// included); with the breakdown (died of wounds, returned to duty, captured wounded, everyone ever wounded) and the
/// share each kind of combat had in the men put out of action.
/// </summary>
public sealed record SideCasualtyStats(
    [property: JsonPropertyName("killed")] CountPercentiles? Killed,
    [property: JsonPropertyName("wounded")] CountPercentiles? Wounded,
    [property: JsonPropertyName("captured")] CountPercentiles? Captured)
{
    [JsonPropertyName("diedOfWounds")] public CountPercentiles? DiedOfWounds { get; init; }
    [JsonPropertyName("returnedToDuty")] public CountPercentiles? ReturnedToDuty { get; init; }
    [JsonPropertyName("capturedWounded")] public CountPercentiles? CapturedWounded { get; init; }
    [JsonPropertyName("woundedEver")] public CountPercentiles? WoundedEver { get; init; }
    /// <summary>Kinds of combat in their order, over the runs that kept them; empty when none did.</summary>
    [JsonPropertyName("byKind")] public ImmutableArray<KindShare> ByKind { get; init; } = [];
}

/// <summary>
/// One kind of combat over an ensemble: the mean per run of the men it killed outright, wounded and captured
/// (unwounded), and its share of every man put out of action (killed in action + wounded + captured unwounded).
/// </summary>
public sealed record KindShare(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("killedInAction")] double KilledInAction,
    [property: JsonPropertyName("wounded")] double Wounded,
    [property: JsonPropertyName("capturedUnwounded")] double CapturedUnwounded,
    [property: JsonPropertyName("share")] double Share);

/// <summary>Why the runs ended: each reason's share of the runs (null for runs stored before it was kept: "unknown").</summary>
public sealed record EndReasonShare(
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("runs")] int Runs,
    [property: JsonPropertyName("share")] double Share);

public sealed record CasualtyStats(
    [property: JsonPropertyName("defender")] SideCasualtyStats Defender,
    [property: JsonPropertyName("attacker")] SideCasualtyStats Attacker);

/// <summary>A position: the share of runs in which the attacker held it at the end, and when it fell in those runs.</summary>
public sealed record PositionStats(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("nameEn")] string NameEn,
    [property: JsonPropertyName("tier")] string Tier,
    [property: JsonPropertyName("pLost")] double PLost,
    [property: JsonPropertyName("fallDay")] DayPercentiles? FallDay);

/// <summary>
/// The yardsticks the hold probabilities are measured against: the recorded length and the length the defender was
/// ordered to hold (the scenario's <c>holdOrder</c>); each null when the scenario's record has none.
/// </summary>
public sealed record RecordFigures(
    [property: JsonPropertyName("durationDays")] double? DurationDays,
    [property: JsonPropertyName("orderedDays")] double? OrderedDays);

/// <summary>Wall-clock facts of one invocation: never part of a comparison between ensembles.</summary>
public sealed record EnsembleTiming(
    [property: JsonPropertyName("threads")] int Threads,
    [property: JsonPropertyName("executed")] int Executed,
    [property: JsonPropertyName("reused")] int Reused,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("runsPerSecond")] double RunsPerSecond);
