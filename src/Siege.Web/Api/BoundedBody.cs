using Microsoft.AspNetCore.Http;

namespace Siege.Web.Api;

/// <summary>
/// Reads a request body of at most a given size. The server (Kestrel) enforces the same limit; checking here too
/// keeps the bound whatever server runs the app, and stops at the limit rather than buffering what follows.
/// </summary>
internal static class BoundedBody
{
    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellation)
    {
        if (request.ContentLength > limit) return null;
        var buffer = new byte[limit + 1];
        var filled = 0;
        try
        {
            int read;
            while (filled < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(filled), cancellation)) > 0)
                filled += read;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return filled > limit ? null : buffer[..filled];
    }
}
