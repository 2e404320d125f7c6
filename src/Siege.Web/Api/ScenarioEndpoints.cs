using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Siege.Trace;
using Siege.Web.Catalog;

namespace Siege.Web.Api;

/// <summary>
/// The read-only endpoints: the scenarios, one scenario, its variants, and the trace of a run. Each calls the
/// library code the command line calls; the answers that never change are serialised once.
/// </summary>
internal static class ScenarioEndpoints
{
    /// <summary>The rate-limiter policy of the trace: each request is a full run of the engine.</summary>
    public const string TracePolicy = "trace";

    public static void Map(IEndpointRouteBuilder app)
    {
        var scenarios = app.MapGroup("/api/scenarios");
        scenarios.MapGet("", (ScenarioCatalog catalog) => Json(catalog.ListJson));
        scenarios.MapGet("/{id}", (string id, ScenarioCatalog catalog) =>
            catalog.Find(id) is { } scenario ? Json(scenario.DetailJson) : Unknown(id, catalog));
        scenarios.MapGet("/{id}/variants", (string id, ScenarioCatalog catalog) =>
            catalog.Find(id) is { } scenario ? Json(scenario.VariantsJson) : Unknown(id, catalog));
        scenarios.MapGet("/{id}/runs/{seed}", Trace).RequireRateLimiting(TracePolicy);
        scenarios.MapPost("/{id}/whatif", WhatIfEndpoint.HandleAsync);
    }

    /// <summary>The whole run, hour by hour, byte for byte what <c>siege run --seed N --format trace</c> prints.</summary>
    private static IResult Trace(string id, string seed, ScenarioCatalog catalog)
    {
        if (catalog.Find(id) is not { } scenario) return Unknown(id, catalog);
        if (ParseSeed(seed) is not { } value)
            return Problems.Of(StatusCodes.Status400BadRequest, $"the seed must be a whole number from 0 to {ulong.MaxValue}, not '{seed}'");
        return Json(JsonSerializer.SerializeToUtf8Bytes(TraceBuilder.Build(scenario.Model, value), TraceJson.Options));
    }

    /// <summary>Digits only: no sign, space, exponent or separator, and nothing past the largest 64-bit seed.</summary>
    internal static ulong? ParseSeed(string text) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : null;

    internal static IResult Unknown(string id, ScenarioCatalog catalog) => Problems.UnknownScenario(id, catalog.All.Select(s => s.Id));

    private static IResult Json(byte[] utf8) => Results.Bytes(utf8, ApiJson.ContentType);
}
