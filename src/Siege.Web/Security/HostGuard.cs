using Microsoft.AspNetCore.Http;

namespace Siege.Web.Security;

/// <summary>
/// On a server only this machine can reach, answers only requests addressed to this machine by name: a web page
/// that points a name of its own at 127.0.0.1 (DNS rebinding) must not be able to read the API from the browser.
/// </summary>
internal sealed class HostGuard(SiegeWebOptions options)
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase)
    {
        "localhost", "127.0.0.1", "[::1]", options.Host.Contains(':') ? $"[{options.Host}]" : options.Host,
    };

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (options.IsLoopback && !_names.Contains(context.Request.Host.Host))
        {
            await Api.Problems.WriteAsync(context, StatusCodes.Status400BadRequest,
                $"this server answers requests for {string.Join(", ", _names.Order(StringComparer.Ordinal))}, not '{context.Request.Host.Host}'");
            return;
        }
        await next();
    }
}
