using System.Text.Json.Serialization;

namespace Siege.Ensembles.WhatIf;

/// <summary>
/// A variant against its baseline on common random numbers: the same seeds, so that each seed's difference removes
/// the chance both runs share. Everything here is computed from the stored runs in seed order.
/// </summary>
public sealed record PairedComparison(
    [property: JsonPropertyName("variant")] VariantSide Variant,
    [property: JsonPropertyName("runs")] int Runs,
    [property: JsonPropertyName("baseline")] SideSummary Baseline,
    [property: JsonPropertyName("difference")] Differences Difference,
    [property: JsonPropertyName("pLongerSiege")] double PLongerSiege,
    [property: JsonPropertyName("varianceReduction")] double? VarianceReduction,
    [property: JsonPropertyName("distribution")] LengthDistribution Distribution);

/// <summary>The siege's length over one side's runs: the mean and nearest-rank percentiles, in days.</summary>
public sealed record LengthSummary(
    [property: JsonPropertyName("mean")] double Mean,
    [property: JsonPropertyName("p10")] double P10,
    [property: JsonPropertyName("p50")] double P50,
    [property: JsonPropertyName("p90")] double P90);

public sealed record SideSummary([property: JsonPropertyName("durationDays")] LengthSummary DurationDays);

/// <summary>The variant's id and names, with its own summary (one object, as the JSON has one "variant" key).</summary>
public sealed record VariantSide(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("nameEn")] string NameEn,
    [property: JsonPropertyName("durationDays")] LengthSummary DurationDays);

/// <summary>The mean of variant − baseline over the seeds, with a 95% interval for that mean.</summary>
public sealed record PairedDifference(
    [property: JsonPropertyName("mean")] double Mean,
    [property: JsonPropertyName("ci95")] double[] Ci95);

public sealed record Differences(
    [property: JsonPropertyName("durationDays")] PairedDifference DurationDays,
    [property: JsonPropertyName("defenderKilled")] PairedDifference DefenderKilled,
    [property: JsonPropertyName("attackerKilled")] PairedDifference AttackerKilled);
