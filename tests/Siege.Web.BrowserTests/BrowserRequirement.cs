namespace Siege.Web.BrowserTests;

/// <summary>
/// Whether the browser tests can run here, decided once per test run. Chromium is looked for at
/// <c>SIEGE_CHROMIUM</c> or else <c>/usr/bin/chromium</c>. Where it is missing (macOS, Windows, a Linux without it)
/// the tests are skipped with a reason a developer can act on; with <c>SIEGE_REQUIRE_BROWSER=1</c> (as <c>.ci/run</c>
/// sets it) nothing is skipped, so a CI machine without the browser fails loudly instead of passing quietly.
/// </summary>
public static class BrowserRequirement
{
    public const string PathVariable = "SIEGE_CHROMIUM";
    public const string RequireVariable = "SIEGE_REQUIRE_BROWSER";
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The Chromium executable the tests drive.</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } chosen ? chosen : DefaultPath;

    /// <summary>True when <c>SIEGE_REQUIRE_BROWSER=1</c>: a missing browser is then an error, not a skip.</summary>
    public static bool Required { get; } = Environment.GetEnvironmentVariable(RequireVariable) == "1";

    public static bool Available => File.Exists(ExecutablePath);

    /// <summary>Why the browser tests are skipped here, or null when they run.</summary>
    public static string? SkipReason => SkipReasonFor(ExecutablePath, Available, Required);

    /// <summary>The rule: skip, saying where the browser was looked for, only when it is missing and not required.</summary>
    public static string? SkipReasonFor(string path, bool found, bool required) => found || required
        ? null
        : $"Chromium not found at {path} (set {PathVariable}=path to use another; " +
          $"{RequireVariable}=1 makes a missing browser fail the tests, as CI does)";

    /// <summary>What a test that needs the browser is told when it is missing and required.</summary>
    public static string MissingMessage =>
        $"{ExecutablePath} is missing and {RequireVariable}=1 requires the browser tests: install Chromium " +
        $"(apt-get install chromium; .ci/run does) or set {PathVariable}=path";
}

/// <summary>A test that drives Chromium: skipped with <see cref="BrowserRequirement.SkipReason"/> where there is none.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserRequirement.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>A theory that drives Chromium: skipped with <see cref="BrowserRequirement.SkipReason"/> where there is none.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserRequirement.SkipReason is { } reason) Skip = reason;
    }
}
