using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Siege.Web.Security;

/// <summary>
/// Turns away, with a 400, any request whose path tries to climb out of the served folders or hides a separator:
/// a <c>..</c> or <c>.</c> segment (written plainly or percent-encoded), an encoded <c>/</c> or <c>\</c>, a
/// backslash, a NUL. The static file provider already refuses paths above its root; this guard answers before any
/// file is looked up, on the path exactly as the client sent it (the server would otherwise resolve <c>/%2e%2e/</c>
/// to <c>/</c> silently).
/// </summary>
internal static class RequestPathGuard
{
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (Problem(PathOf(raw) ?? context.Request.Path.Value ?? "") is { } problem)
        {
            await Api.Problems.WriteAsync(context, StatusCodes.Status400BadRequest, problem);
            return;
        }
        await next();
    }

    /// <summary>What is wrong with a request path as sent (still percent-encoded), or null when nothing is.</summary>
    internal static string? Problem(string rawPath)
    {
        if (rawPath.Contains("%2f", StringComparison.OrdinalIgnoreCase) || rawPath.Contains("%5c", StringComparison.OrdinalIgnoreCase))
            return "the path has an encoded '/' or '\\'";
        var decoded = Uri.UnescapeDataString(rawPath);
        if (decoded.Contains('\\') || decoded.Contains('\0')) return "the path has a backslash or a NUL";
        if (decoded.Split('/').Any(segment => segment is "." or "..")) return "the path has a '.' or '..' segment";
        return null;
    }

    /// <summary>The path of a request target: itself in origin form (<c>/a/b?q</c>), the part after the authority in absolute form.</summary>
    private static string? PathOf(string? target)
    {
        if (string.IsNullOrEmpty(target)) return null;
        var end = target.IndexOfAny(['?', '#']);
        var path = end < 0 ? target : target[..end];
        if (path.StartsWith('/')) return path;
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0) return null;
        var slash = path.IndexOf('/', scheme + 3);
        return slash < 0 ? "/" : path[slash..];
    }
}
