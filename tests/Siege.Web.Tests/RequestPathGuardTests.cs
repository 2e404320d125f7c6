using Siege.Web.Security;

namespace Siege.Web.Tests;

public sealed class RequestPathGuardTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/lib/d3.v7.min.js")]
    [InlineData("/api/scenarios/hengyang-1944/runs/18446744073709551615")]
    [InlineData("/a..b/c...d/.hidden")]
    [InlineData("/%E8%A1%A1%E9%98%B3")]
    public void A_plain_path_passes(string path) => Assert.Null(RequestPathGuard.Problem(path));

    [Theory]
    [InlineData("/../x")]
    [InlineData("/a/./b")]
    [InlineData("/%2e%2e/x")]
    [InlineData("/.%2E/x")]
    [InlineData("/a%2fb")]
    [InlineData("/a%2Fb")]
    [InlineData("/a%5cb")]
    [InlineData("/a\\b")]
    [InlineData("/a%00b")]
    [InlineData("/..")]
    public void A_path_that_climbs_or_hides_a_separator_is_refused(string path) => Assert.NotNull(RequestPathGuard.Problem(path));
}
