using Siege.Ensembles;
using Siege.Report;
using Siege.Scenarios.Loading;

namespace Siege.Web.BrowserTests;

/// <summary>
/// A real report written as <c>siege report --runs 30</c> writes it: 30 seeds of the embedded Hengyang scenario run
/// into a temporary store, gathered and rendered by Siege.Report, saved as one HTML file in a temporary folder.
/// </summary>
public sealed class ReportFile : IAsyncLifetime
{
    public static readonly SeedRange Seeds = SeedRange.Of(1, 30);

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"siege-report-browser-{Guid.NewGuid():N}");

    public string FilePath => Path.Combine(folder, "report.html");

    public Uri Uri => new(FilePath);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var loaded = ScenarioLoader.LoadEmbedded().Scenario ?? throw new InvalidOperationException("the embedded scenario did not load");
        var request = new ReportRequest(loaded, Seeds, []);
        using var store = RunStore.Open(Path.Combine(folder, "runs.db"));
        await ReportRuns.EnsureAsync(store, request);
        await File.WriteAllTextAsync(FilePath, ReportPage.Render(ReportGatherer.Gather(store, request)));
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
