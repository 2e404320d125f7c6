using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Siege.Ensembles.WhatIf;

namespace Siege.Ensembles.Sensitivity;

/// <summary>
/// One-at-a-time sensitivity of a scenario: for every figure with a range, the paired difference that moving it to
/// each end of its range makes to the siege, over the same seeds as the baseline. Parameters are ordered by the size
/// of their swing, the largest first.
/// </summary>
public sealed record SensitivityResult(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("runs")] int Runs,
    [property: JsonPropertyName("seed")] ulong Seed,
    [property: JsonPropertyName("baseline")] SideSummary Baseline,
    [property: JsonPropertyName("parameters")] IReadOnlyList<ParameterEffect> Parameters);

/// <summary>
/// What one figure's range does to the siege. <see cref="SwingDays"/> is the mean length at the high end minus that
/// at the low end (both paired with the baseline on the same seeds): its sign says which way the figure pushes.
/// </summary>
public sealed record ParameterEffect(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("low")] double Low,
    [property: JsonPropertyName("high")] double High,
    [property: JsonPropertyName("sources")] ImmutableArray<string> Sources,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("atLow")] EndEffect AtLow,
    [property: JsonPropertyName("atHigh")] EndEffect AtHigh)
{
    [JsonPropertyName("swingDays")]
    public double SwingDays => Math.Round(AtHigh.DurationDays.Mean - AtLow.DurationDays.Mean, 3);
}

/// <summary>The paired differences (variant − baseline) with the figure at one end of its range.</summary>
public sealed record EndEffect(
    [property: JsonPropertyName("durationDays")] PairedDifference DurationDays,
    [property: JsonPropertyName("defenderKilled")] PairedDifference DefenderKilled,
    [property: JsonPropertyName("attackerKilled")] PairedDifference AttackerKilled,
    [property: JsonPropertyName("pLongerSiege")] double PLongerSiege)
{
    public static EndEffect Of(PairedComparison c) =>
        new(c.Difference.DurationDays, c.Difference.DefenderKilled, c.Difference.AttackerKilled, c.PLongerSiege);
}
