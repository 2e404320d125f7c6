namespace Siege.Web.BrowserTests;

/// <summary>The rule that decides whether the browser tests run: checked without a browser, so it runs everywhere.</summary>
public sealed class BrowserRequirementTests
{
    [Fact]
    public void A_missing_browser_skips_the_tests_naming_where_it_was_looked_for_and_how_to_change_that()
    {
        var reason = BrowserRequirement.SkipReasonFor("/opt/nowhere/chromium", found: false, required: false);
        Assert.NotNull(reason);
        Assert.StartsWith("Chromium not found at /opt/nowhere/chromium", reason, StringComparison.Ordinal);
        Assert.Contains("SIEGE_CHROMIUM=path", reason, StringComparison.Ordinal);
        Assert.Contains("SIEGE_REQUIRE_BROWSER=1", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, true)]
    public void A_browser_that_is_there_or_required_runs_the_tests(bool found, bool required)
    {
        // Required and missing: nothing is skipped, so the fixture's InitializeAsync fails every test loudly.
        Assert.Null(BrowserRequirement.SkipReasonFor("/usr/bin/chromium", found, required));
    }
}
