using System.Net;
using System.Text.Json;

namespace Siege.Web.Tests;

/// <summary>Checks that an answer is an RFC 7807 problem with the status expected, and returns its detail.</summary>
internal static class Problem
{
    public static async Task<string> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return AssertBody(body, (int)status);
    }

    public static string AssertBody(string body, int status)
    {
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, json.GetProperty("status").GetInt32());
        Assert.StartsWith("https://www.rfc-editor.org/rfc/rfc9110#section-", json.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("title").GetString()));
        var detail = json.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrEmpty(detail));
        return detail!;
    }
}
