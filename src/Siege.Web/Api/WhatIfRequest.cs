using System.Globalization;
using System.Text.Json;

namespace Siege.Web.Api;

/// <summary>
/// The body of <c>POST /api/scenarios/{id}/whatif</c>: <c>{"variant": NAME, "runs": N}</c>, N seeds from 1. Read
/// strictly, so a typo is a 400 that says what was wrong rather than a default silently taken.
/// </summary>
internal sealed record WhatIfRequest(string Variant, int Runs)
{
    /// <summary>The request, or the reason the body is not one.</summary>
    public static (WhatIfRequest? Request, string? Problem) Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 4 });
        }
        catch (JsonException e)
        {
            return (null, $"the body is not valid JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, """the body must be a JSON object {"variant": NAME, "runs": N}""");
            string? variant = null;
            int? runs = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (!seen.Add(property.Name)) return (null, $"'{property.Name}' is given twice");
                switch (property.Name)
                {
                    case "variant":
                        if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString() is not { Length: > 0 } name)
                            return (null, "'variant' must be the name of a variant, e.g. \"relief-early\"");
                        variant = name;
                        break;
                    case "runs":
                        if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt64(out var n))
                            return (null, $"'runs' must be a whole number from 1 to {Cap}");
                        if (n is < 1 or > WebLimits.MaxWhatIfRuns)
                            return (null, $"'runs' must be from 1 to {Cap} (the server's cap), not {n.ToString("N0", CultureInfo.InvariantCulture)}");
                        runs = (int)n;
                        break;
                    default:
                        return (null, $"unknown field '{property.Name}': the body is {{\"variant\": NAME, \"runs\": N}}");
                }
            }
            if (variant is null) return (null, "'variant' is missing: the name of a variant, e.g. \"relief-early\"");
            if (runs is null) return (null, $"'runs' is missing: the number of seeds, from 1 to {Cap}");
            return (new WhatIfRequest(variant, runs.Value), null);
        }
    }

    private static string Cap => WebLimits.MaxWhatIfRuns.ToString("N0", CultureInfo.InvariantCulture);
}
