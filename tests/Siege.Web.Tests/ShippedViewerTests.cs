using System.Net;

namespace Siege.Web.Tests;

/// <summary>The viewer's files shipped beside the assembly (src/Siege.Web/wwwroot), served as the default web root.</summary>
public sealed class ShippedViewerTests(InMemoryServer server) : IClassFixture<InMemoryServer>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    public async Task The_shipped_index_page_is_served_under_a_same_origin_policy(string path)
    {
        Assert.True(File.Exists(Path.Combine(SiegeWebOptions.ShippedWebRoot, "index.html")), "wwwroot/index.html is not copied beside the assembly");
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'self';", policy);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_file_the_viewer_does_not_have_is_a_404_problem()
    {
        using var response = await server.Client.GetAsync("/lib/no-such-library.js");
        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }
}
