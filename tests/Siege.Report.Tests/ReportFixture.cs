using Siege.Ensembles;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Variants;

namespace Siege.Report.Tests;

/// <summary>
/// One small real report shared by the tests of a class: 30 seeds of the embedded Hengyang scenario and one what-if
/// (no-gas) run by the real runner into a temporary store, gathered and rendered once. Set SIEGE_REPORT_FILE to keep
/// the page for looking at it.
/// </summary>
public sealed class ReportFixture : IAsyncLifetime
{
    public static readonly SeedRange Seeds = SeedRange.Of(1, 30);

    private readonly string _storePath = Path.Combine(Path.GetTempPath(), $"siege-report-{Guid.NewGuid():N}.db");

    public ReportFixture()
    {
        Loaded = ScenarioLoader.LoadEmbedded().Scenario ?? throw new InvalidOperationException("the embedded scenario did not load");
        const string variantFile = "scenarios/hengyang-1944/variants/no-gas.yaml";
        var text = typeof(ScenarioLoader).Assembly.GetManifestResourceStream(variantFile) is { } stream
            ? new StreamReader(stream).ReadToEnd()
            : throw new InvalidOperationException($"{variantFile} is not embedded");
        var variant = VariantLoader.Load(new EmbeddedScenarioFiles(ScenarioLoader.DefaultScenarioId), variantFile, text);
        Request = new ReportRequest(Loaded, Seeds, [new VariantChoice(variant.Scenario!, variant.Variant!)]);
        Store = RunStore.Open(_storePath);
    }

    public LoadedScenario Loaded { get; }

    public ReportRequest Request { get; }

    public RunStore Store { get; }

    public ReportContent Content { get; private set; } = null!;

    public string Html { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await ReportRuns.EnsureAsync(Store, Request, threads: 1);
        Content = ReportGatherer.Gather(Store, Request);
        Html = ReportPage.Render(Content);
        if (Environment.GetEnvironmentVariable("SIEGE_REPORT_FILE") is { } kept) await File.WriteAllTextAsync(kept, Html);
    }

    public Task DisposeAsync()
    {
        Store.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_storePath + suffix);
        return Task.CompletedTask;
    }
}
