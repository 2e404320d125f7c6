using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Siege.Web.Api;

/// <summary>
/// Errors as RFC 7807 problem details (<c>application/problem+json</c>): every error the server gives, whether an
/// endpoint, a guard or the framework (an unknown address, a wrong method) made it, carries a type, a title, the
/// status and a detail saying what was wrong.
/// </summary>
internal static class Problems
{
    public static IResult Of(int status, string detail) =>
        Results.Problem(Fill(new ProblemDetails { Status = status, Detail = detail }));

    public static IResult UnknownScenario(string id, IEnumerable<string> served) =>
        Of(StatusCodes.Status404NotFound, $"no scenario '{id}'; this server offers {string.Join(", ", served)}");

    /// <summary>Writes a problem from middleware, where there is no endpoint result to return.</summary>
    public static Task WriteAsync(HttpContext context, int status, string detail) =>
        Results.Problem(Fill(new ProblemDetails { Status = status, Detail = detail })).ExecuteAsync(context);

    /// <summary>
    /// Fills in what a problem lacks: the type (the RFC section of its status) and title, and a detail for the
    /// statuses the framework sets without one.
    /// </summary>
    public static ProblemDetails Fill(ProblemDetails problem, HttpContext? context = null)
    {
        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        var (type, title) = Describe(status);
        problem.Type = type;
        problem.Title ??= title;
        problem.Detail ??= status switch
        {
            StatusCodes.Status404NotFound => $"nothing is served at {context?.Request.Path}",
            StatusCodes.Status405MethodNotAllowed => $"{context?.Request.Path} does not take {context?.Request.Method}",
            StatusCodes.Status500InternalServerError => "the server failed; its log has the details",
            _ => title,
        };
        return problem;
    }

    private static (string Type, string Title) Describe(int status) => status switch
    {
        400 => (Rfc9110("15.5.1"), "Bad Request"),
        404 => (Rfc9110("15.5.5"), "Not Found"),
        405 => (Rfc9110("15.5.6"), "Method Not Allowed"),
        413 => (Rfc9110("15.5.14"), "Content Too Large"),
        415 => (Rfc9110("15.5.16"), "Unsupported Media Type"),
        503 => (Rfc9110("15.6.4"), "Service Unavailable"),
        500 => (Rfc9110("15.6.1"), "Internal Server Error"),
        _ => ("about:blank", Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)),
    };

    private static string Rfc9110(string section) => $"https://www.rfc-editor.org/rfc/rfc9110#section-{section}";
}
