using Siege.Ensembles;
using Siege.Scenarios.Loading;

namespace Siege.Report.Tests;

/// <summary>
/// The report of a scenario that is not Hengyang, in which the Americans attack a Japanese garrison (Iwo Jima; its
/// scenario.yaml names the sides 美军 and 日本守军): nothing in it may call the attacker 日军, as code that had
/// Hengyang's attacker written into it would.
/// </summary>
public sealed class IwoJimaReportTests : IAsyncLifetime
{
    private readonly string _storePath = Path.Combine(Path.GetTempPath(), $"siege-report-iwo-{Guid.NewGuid():N}.db");
    private RunStore? _store;
    private string _html = "";
    private string _htmlWithoutClasses = "";

    private static LoadedScenario Load()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Siege.slnx"))) root = Path.GetDirectoryName(root)!;
        var result = ScenarioLoader.LoadPath(Path.Combine(root, "scenarios", "iwo-jima-1945"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    public async Task InitializeAsync()
    {
        // A few runs are enough: the words do not depend on how many.
        var request = new ReportRequest(Load(), SeedRange.Of(1, 4), []) { Validate = false };
        _store = RunStore.Open(_storePath);
        await ReportRuns.EnsureAsync(_store, request, threads: 1);
        _html = ReportPage.Render(ReportGatherer.Gather(_store, request));
        // The same scenario without its CDB90 classes (its content hash, so its runs, unchanged).
        var withoutClasses = request with { Baseline = request.Baseline with { PriorClass = null } };
        _htmlWithoutClasses = ReportPage.Render(ReportGatherer.Gather(_store, withoutClasses));
    }

    public Task DisposeAsync()
    {
        _store?.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_storePath + suffix);
        return Task.CompletedTask;
    }

    [Fact]
    public void The_chinese_report_never_calls_the_attacker_the_japanese()
    {
        Assert.DoesNotContain("日军", _html);
    }

    [Fact]
    public void The_chinese_report_calls_the_attacker_and_the_defender_by_the_scenarios_names()
    {
        Assert.Contains("美军突击步兵", _html);
        Assert.Contains("美军占领", _html);
        Assert.Contains("美军集结地", _html);
        Assert.Contains("日本守军据守", _html);
        Assert.Contains("日本守军停止抵抗", _html);
    }

    /// <summary>The methods' sentence on the prior, in one language.</summary>
    private static string PriorSentence(string html, string language) =>
        Page.Elements(Page.Parse(html), "p").Select(p => Page.TextIn(p, language))
            .Single(t => t.Contains(language == "en" ? "Prior: the CDB90 fit" : "先验：CDB90拟合", StringComparison.Ordinal));

    [Fact]
    public void The_prior_is_built_for_Iwo_Jimas_own_CDB90_classes()
    {
        // scenario.yaml, calibration.prior: fortified and open, from the CDB90 rows 518-520; the battle began in 1945.
        Assert.Contains("for a WWII fortified defence on open ground (the scenario's classes; sources: cdb90)", PriorSentence(_html, "en"));
        Assert.Contains("取二战、坚固防御、开阔地形（剧本的分类，来源：cdb90）", PriorSentence(_html, "zh"));
    }

    [Fact]
    public void Without_classes_the_report_says_where_to_give_them_and_names_none()
    {
        var sentence = PriorSentence(_htmlWithoutClasses, "en");
        Assert.Contains("the scenario gives no CDB90 classes for it (calibration.prior)", sentence);
        Assert.DoesNotContain(" ground", sentence);
        Assert.DoesNotContain("defence", sentence);
    }
}
