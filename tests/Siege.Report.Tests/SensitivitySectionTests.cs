using Siege.Ensembles;
using Siege.Scenarios.Loading;

namespace Siege.Report.Tests;

/// <summary>
/// A report with the sensitivity section, over 5 seeds (every figure with a range at both ends: about 1,200 runs), and
/// the shared report without it.
/// </summary>
public sealed class SensitivitySectionTests(ReportFixture withoutSensitivity) : IClassFixture<ReportFixture>
{
    [Fact]
    public async Task Asked_for_the_section_ranks_the_figures_in_a_table_and_a_tornado_in_both_languages()
    {
        var path = Path.Combine(Path.GetTempPath(), $"siege-report-sensitivity-{Guid.NewGuid():N}.db");
        try
        {
            var loaded = ScenarioLoader.LoadEmbedded().Scenario!;
            var request = new ReportRequest(loaded, SeedRange.Of(1, 5), [])
            {
                SensitivityOf = new EmbeddedScenarioFiles(ScenarioLoader.DefaultScenarioId),
                Validate = false,
            };
            string html;
            string first;
            using (var store = RunStore.Open(path))
            {
                await ReportRuns.EnsureAsync(store, request, threads: 1);
                var content = ReportGatherer.Gather(store, request);
                Assert.NotNull(content.Sensitivity);
                var swings = content.Sensitivity!.Result.Parameters.Select(p => Math.Abs(p.SwingDays)).ToList();
                Assert.Equal(swings.OrderDescending(), swings);
                first = content.Sensitivity.Result.Parameters[0].Path;
                html = ReportPage.Render(content);
            }

            var page = Page.Parse(html);
            var section = Page.Elements(page, "h2").Single(h => h.Attribute("id")?.Value == "sensitivity");
            var table = section.ElementsAfterSelf().First(e => e.Name.LocalName == "table");
            // 15 rows of figures under one header row.
            Assert.Equal(16, Page.Elements(new System.Xml.Linq.XDocument(table), "tr").Count());
            Assert.Contains("sensitivity-tornado", html);
            Assert.Contains("What the siege's length depends on (5 paired seeds)", html);
            Assert.Contains("围城天数取决于什么（5对种子）", html);
            // Each figure by its path, the largest swing first.
            Assert.Contains($"<code>{first}</code>", html);
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    [Fact]
    public void Not_asked_for_the_section_says_how_to_add_it()
    {
        Assert.Null(withoutSensitivity.Content.Sensitivity);
        Assert.Contains("add it with --sensitivity", withoutSensitivity.Html);
    }
}
