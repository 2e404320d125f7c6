using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Siege.Web.Catalog;
using Siege.Web.WhatIf;

namespace Siege.Web.Api;

/// <summary>
/// <c>POST /api/scenarios/{id}/whatif</c>: the JSON of <c>siege whatif --format json</c> for a shipped variant on
/// seeds 1 to N, answered from and stored into the run store.
/// </summary>
internal static class WhatIfEndpoint
{
    public static async Task<IResult> HandleAsync(string id, HttpRequest request, ScenarioCatalog catalog, WhatIfService whatIfs, CancellationToken aborted)
    {
        if (catalog.Find(id) is not { } scenario) return ScenarioEndpoints.Unknown(id, catalog);
        // Only JSON: a page on another site can send a form or text/plain without asking, but not application/json.
        if (!IsJson(request.ContentType))
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, $"the body must be application/json, not '{request.ContentType}'");
        if (await BoundedBody.ReadAsync(request, WebLimits.MaxRequestBodyBytes, aborted) is not { } body)
            return Problems.Of(StatusCodes.Status413PayloadTooLarge,
                $"the body is larger than {WebLimits.MaxRequestBodyBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes");
        var (whatIf, problem) = WhatIfRequest.Parse(body);
        if (whatIf is null) return Problems.Of(StatusCodes.Status400BadRequest, problem!);
        if (scenario.FindVariant(whatIf.Variant) is not { } variant)
            return Problems.Of(StatusCodes.Status404NotFound,
                $"scenario '{id}' has no variant '{whatIf.Variant}'; it has {string.Join(", ", scenario.Variants.Select(v => v.Name))}");

        if (whatIfs.Start(scenario, variant, whatIf.Runs) is not { } answer)
        {
            request.HttpContext.Response.Headers.RetryAfter = "10";
            return Problems.Of(StatusCodes.Status503ServiceUnavailable,
                $"{WebLimits.MaxWhatIfsInFlight} other what-ifs are under way; try again when one has finished");
        }
        // A client that goes away stops waiting; the shared what-if goes on for the others and for the store.
        return Results.Text(await answer.WaitAsync(aborted), ApiJson.ContentType);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
