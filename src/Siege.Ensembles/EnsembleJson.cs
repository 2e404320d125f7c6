using System.Text.Encodings.Web;
using System.Text.Json;
using Siege.Ensembles.WhatIf;

namespace Siege.Ensembles;

/// <summary>Writes a summary or a what-if as indented JSON with Chinese names as characters, not escapes.</summary>
public static class EnsembleJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The summary as JSON; without <paramref name="includeTiming"/>, byte-identical for the same scenario, variant and seeds.</summary>
    public static string Serialize(EnsembleSummary summary, bool includeTiming = true) =>
        JsonSerializer.Serialize(includeTiming ? summary : summary with { Timing = null }, Options);

    /// <summary>The what-if comparison as <c>siege whatif --format json</c> prints it and the web API answers it.</summary>
    public static string Serialize(PairedComparison comparison) => JsonSerializer.Serialize(comparison, Options);

    /// <summary>The sensitivity of a scenario as <c>siege sensitivity --format json</c> prints it.</summary>
    public static string Serialize(Sensitivity.SensitivityResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>A global sensitivity analysis as <c>siege sensitivity --method sobol|morris --format json</c> prints it.</summary>
    public static string Serialize(Sensitivity.GlobalSensitivityResult result) => JsonSerializer.Serialize(result, Options);
}
