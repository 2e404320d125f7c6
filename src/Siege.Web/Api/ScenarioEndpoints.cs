using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Siege.Web.Catalog;
using Siege.Web.Traces;

namespace Siege.Web.Api;

/// <summary>
/// The read-only endpoints: the scenarios, one scenario, its variants, and the trace of a run. Each calls the
/// library code the command line calls; the answers that never change are serialised once.
/// </summary>
internal static class ScenarioEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var scenarios = app.MapGroup("/api/scenarios");
        scenarios.MapGet("", (ScenarioCatalog catalog) => Json(catalog.ListJson));
        scenarios.MapGet("/{id}", (string id, ScenarioCatalog catalog) =>
            catalog.Find(id) is { } scenario ? Json(scenario.DetailJson) : Unknown(id, catalog));
        scenarios.MapGet("/{id}/variants", (string id, ScenarioCatalog catalog) =>
            catalog.Find(id) is { } scenario ? Json(scenario.VariantsJson) : Unknown(id, catalog));
        scenarios.MapGet("/{id}/runs/{seed}", TraceAsync);
        scenarios.MapPost("/{id}/whatif", WhatIfEndpoint.HandleAsync);
    }

    /// <summary>
    /// The whole run, hour by hour, byte for byte what <c>siege run --seed N --format trace</c> prints. Each new seed
    /// is a full run of the engine, so the traces are cached and their builds bounded (<see cref="TraceCache"/>).
    /// </summary>
    private static async Task<IResult> TraceAsync(string id, string seed, ScenarioCatalog catalog, TraceCache traces, HttpContext http)
    {
        if (catalog.Find(id) is not { } scenario) return Unknown(id, catalog);
        if (ParseSeed(seed) is not { } value)
            return Problems.Of(StatusCodes.Status400BadRequest, $"the seed must be a whole number from 0 to {ulong.MaxValue}, not '{seed}'");
        if (await traces.GetAsync(scenario.Loaded.ContentHash, scenario.Model, value) is { } trace) return Json(trace);
        http.Response.Headers.RetryAfter = "1";
        return Problems.Of(StatusCodes.Status503ServiceUnavailable, "too many runs are being traced; try again in a moment");
    }

    /// <summary>Digits only: no sign, space, exponent or separator, and nothing past the largest 64-bit seed.</summary>
    internal static ulong? ParseSeed(string text) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : null;

    internal static IResult Unknown(string id, ScenarioCatalog catalog) => Problems.UnknownScenario(id, catalog.All.Select(s => s.Id));

    private static IResult Json(byte[] utf8) => Results.Bytes(utf8, ApiJson.ContentType);
}
