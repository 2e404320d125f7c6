using System.Text.Json.Serialization;
using Siege.Analysis.Sensitivity;

namespace Siege.Ensembles.Sensitivity;

/// <summary>The methods of <c>siege sensitivity</c>: one at a time, Sobol indices, Morris screening.</summary>
public static class SensitivityMethods
{
    public const string OneAtATime = "oat";
    public const string Sobol = "sobol";
    public const string Morris = "morris";

    public static IReadOnlyList<string> All { get; } = [OneAtATime, Sobol, Morris];
}

/// <summary>
/// A global sensitivity analysis: each figure's Sobol indices (<c>sobol</c>) or Morris elementary effects
/// (<c>morris</c>) of <see cref="Output"/>, ordered by ST or by μ*, the largest first. <see cref="Samples"/> is N of
/// Saltelli's design or r, the trajectories of Morris's; each of <see cref="Points"/> points ran the same
/// <see cref="RunsPerPoint"/> seeds from <see cref="Seed"/> (common random numbers), <see cref="Runs"/> runs in all.
/// For an analytic test function there are no seeds: one evaluation a point, and no scenario.
/// </summary>
public sealed record GlobalSensitivityResult(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("scenario"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scenario,
    [property: JsonPropertyName("testFunction"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TestFunction,
    [property: JsonPropertyName("samples")] int Samples,
    [property: JsonPropertyName("points")] long Points,
    [property: JsonPropertyName("runsPerPoint")] int RunsPerPoint,
    [property: JsonPropertyName("seed"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ulong? Seed,
    [property: JsonPropertyName("runs")] long Runs,
    [property: JsonPropertyName("output")] string Output,
    [property: JsonPropertyName("outputMean")] double OutputMean,
    [property: JsonPropertyName("parameters")] IReadOnlyList<GlobalParameter> Parameters)
{
    /// <summary>Points whose values break a rule of the scenario, so not run; the estimators leave them out.</summary>
    [JsonPropertyName("pointsRejected")]
    public long Rejected { get; init; }

    /// <summary>Why points were rejected, as the loader says it: each reason once, the most frequent first.</summary>
    [JsonPropertyName("rejectedBecause"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? RejectedBecause { get; init; }

    /// <summary>What <c>durationDays</c> means: the length of the siege in days, averaged over a point's seeds.</summary>
    public const string DurationDays = "durationDays";

    [JsonIgnore]
    public bool IsSobol => Method == SensitivityMethods.Sobol;
}

/// <summary>One figure's indices: S1 and ST with their bootstrap 95% intervals (Sobol), or μ*, μ and σ (Morris).</summary>
public sealed record GlobalParameter(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("low")] double Low,
    [property: JsonPropertyName("high")] double High,
    [property: JsonPropertyName("sources"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Sources,
    [property: JsonPropertyName("S1"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IndexValue? S1,
    [property: JsonPropertyName("ST"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IndexValue? ST,
    [property: JsonPropertyName("muStar"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? MuStar,
    [property: JsonPropertyName("mu"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Mu,
    [property: JsonPropertyName("sigma"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Sigma)
{
    /// <summary>The key the parameters are ordered by: ST for Sobol, μ* for Morris.</summary>
    [JsonIgnore]
    public double Rank => ST?.Value ?? MuStar ?? 0;

    public static GlobalParameter Of(string path, double low, double high, IReadOnlyList<string>? sources, SobolIndex index) =>
        new(path, low, high, sources, IndexValue.Of(index.First), IndexValue.Of(index.Total), null, null, null);

    public static GlobalParameter Of(string path, double low, double high, IReadOnlyList<string>? sources, MorrisIndex index) =>
        new(path, low, high, sources, null, null, Round(index.MuStar), Round(index.Mu), Round(index.Sigma));

    internal static double Round(double x) => Math.Round(x, 4);
}

/// <summary>An index and its bootstrap 95% interval.</summary>
public sealed record IndexValue(
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("ci95")] double[] Ci95)
{
    public static IndexValue Of(Estimate e) => new(GlobalParameter.Round(e.Value), [GlobalParameter.Round(e.Low), GlobalParameter.Round(e.High)]);
}
