namespace Siege.Web;

/// <summary>
/// The bounds that keep any one request, and any crowd of them, from making the server do unbounded work.
/// </summary>
public static class WebLimits
{
    /// <summary>The largest request body: a what-if request is a few dozen bytes.</summary>
    public const int MaxRequestBodyBytes = 16 * 1024;

    /// <summary>The most seeds one what-if may ask for (each seed is two runs).</summary>
    public const int MaxWhatIfRuns = 10_000;

    /// <summary>Different what-ifs under way or waiting at once; identical ones share one and count once.</summary>
    public const int MaxWhatIfsInFlight = 4;

    /// <summary>Trace requests waiting for a core beyond those being served.</summary>
    public const int TraceQueue = 32;

    /// <summary>Traces built at once: one per core, as each is one run of the engine.</summary>
    public static int ConcurrentTraces => Environment.ProcessorCount;
}
