using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Siege.Web.Tests;

/// <summary>The viewer's files shipped beside the assembly (src/Siege.Web/wwwroot), served as the default web root.</summary>
public sealed partial class ShippedViewerTests(InMemoryServer server) : IClassFixture<InMemoryServer>
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

    /// <summary>
    /// Both string tables hold the same keys, and every key the page marks (data-i18n…) or a script names literally
    /// (t('…')) is in them: a key missing from one language would show the key itself to its readers.
    /// </summary>
    [Fact]
    public void Every_string_the_page_and_its_scripts_name_is_in_both_languages()
    {
        var root = SiegeWebOptions.ShippedWebRoot;
        var english = Strings(Path.Combine(root, "i18n", "en.json"));
        var chinese = Strings(Path.Combine(root, "i18n", "zh.json"));
        Assert.Equal(english.Keys.Order(), chinese.Keys.Order());
        Assert.All(chinese, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));

        var named = MarkedKey().Matches(File.ReadAllText(Path.Combine(root, "index.html"))).Select(m => m.Groups["key"].Value)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "js"), "*.js", SearchOption.AllDirectories)
                .SelectMany(file => ScriptKey().Matches(File.ReadAllText(file)).Select(m => m.Groups["key"].Value)))
            .ToHashSet();
        Assert.True(named.Count > 100, $"{named.Count} keys found: the patterns no longer match the viewer's code");
        Assert.Empty(named.Where(key => !english.ContainsKey(key)).Order());
    }

    private static Dictionary<string, string> Strings(string path) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;

    [GeneratedRegex(@"data-i18n(?:-label|-title|-placeholder)?=""(?<key>[\w.]+)""")]
    private static partial Regex MarkedKey();

    [GeneratedRegex(@"\bt\('(?<key>[\w.]+)'")]
    private static partial Regex ScriptKey();
}
