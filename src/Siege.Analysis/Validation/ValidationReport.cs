using System.Text.Json.Serialization;

namespace Siege.Analysis.Validation;

// The names are pinned with attributes so the JSON contract of `validate --format json` holds whatever naming policy
// the caller's serializer uses.

/// <summary>The cross-validation result, shaped as the JSON that <c>validate --format json</c> prints.</summary>
public sealed record ValidationReport(
    [property: JsonPropertyName("folds")] int Folds,
    [property: JsonPropertyName("subsets")] ValidationSubsets Subsets);

public sealed record ValidationSubsets(
    [property: JsonPropertyName("all")] SubsetScores All,
    [property: JsonPropertyName("ww2-prepared-fortified")] SubsetScores Ww2PreparedFortified);

/// <summary>Scores over the held-out battles of one subset; every MAE is the median absolute error of the log daily rate, both sides pooled.</summary>
public sealed record SubsetScores(
    [property: JsonPropertyName("battles")] int Battles,
    [property: JsonPropertyName("model")] ModelScores Model,
    [property: JsonPropertyName("postureMedian")] BaselineScores PostureMedian,
    [property: JsonPropertyName("lanchesterSquare")] BaselineScores LanchesterSquare);

/// <summary><paramref name="Coverage80"/> is the share of held-out (battle, side) pairs inside the model's 80 % prediction interval.</summary>
public sealed record ModelScores(
    [property: JsonPropertyName("mae")] double Mae,
    [property: JsonPropertyName("coverage80")] double Coverage80);

public sealed record BaselineScores([property: JsonPropertyName("mae")] double Mae);
