using Siege.Scenarios.Loading;

namespace Siege.Charts.Tests;

public sealed class WhatIfChartsTests
{
    [Fact]
    public void Overlay_of_two_lists_writes_png_and_svg_with_the_record()
    {
        var loaded = ScenarioLoader.LoadEmbedded().Scenario!;
        // SIEGE_CHART_DIR keeps the chart for looking at, as in ChartFixture.
        var kept = Environment.GetEnvironmentVariable("SIEGE_CHART_DIR");
        var directory = kept ?? Path.Combine(Path.GetTempPath(), $"siege-whatif-{Guid.NewGuid():N}");
        try
        {
            double[] baseline = [44.2, 45.9, 46.6, 46.9, 47.3, 48.1, 45.0, 46.2];
            double[] variant = [49.5, 51.0, 52.7, 50.2, 53.9, 48.8];
            var files = WhatIfCharts.WriteOverlay(baseline, variant, loaded, directory, "baseline", "more ammunition");

            Assert.Equal(new[] { "whatif-length.png", "whatif-length.svg" }, files.Select(f => Path.GetFileName(f)).Order().ToArray());
            ChartAssert.IsPng(files.Single(f => f.EndsWith(".png", StringComparison.Ordinal)));
            var text = ChartAssert.Text(ChartAssert.ParseSvg(files.Single(f => f.EndsWith(".svg", StringComparison.Ordinal))));
            Assert.Contains("47 days [zh-wp]", text);
            Assert.Contains("more ammunition (6 runs)", text);
        }
        finally
        {
            if (kept is null && Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Overlay_of_empty_lists_still_writes_the_record()
    {
        var loaded = ScenarioLoader.LoadEmbedded().Scenario!;
        var directory = Path.Combine(Path.GetTempPath(), $"siege-whatif-{Guid.NewGuid():N}");
        try
        {
            var files = WhatIfCharts.WriteOverlay([], [], loaded, directory);
            Assert.All(files, f => Assert.True(File.Exists(f)));
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }
}
