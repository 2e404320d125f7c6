using Microsoft.AspNetCore.Http;

namespace Siege.Web.Security;

/// <summary>
/// Headers on every answer, errors included: the page may load nothing from another origin and may not be framed,
/// and no answer is sniffed into another type than it says.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    public static Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        // Set when the answer starts, as an error handler clears the headers set before it.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next();
    }
}
