using Siege.Scenarios.Loading;

namespace Siege.Charts.Tests;

public sealed class RecordMarksTests
{
    private static readonly LoadedScenario Loaded = ScenarioLoader.LoadEmbedded().Scenario!;

    [Fact]
    public void Each_recorded_length_is_labelled_with_its_source()
    {
        var marks = RecordMarks.Lengths(Loaded);
        Assert.Contains(marks, m => m.Days == 47 && m.Label == "47 days [zh-wp]");
        Assert.Contains(marks, m => m.Days == 48 && m.Label == "48 days [en-wp]");
    }

    [Fact]
    public void A_loss_window_runs_from_its_first_date_to_the_end_of_its_last()
    {
        // xinmatou: lost 23–24 Jun; the siege starts 22 Jun 00:00, so the window is days 1 to 3.
        var mark = RecordMarks.Losses(Loaded)["xinmatou"];
        Assert.Equal(1, mark.From);
        Assert.Equal(3, mark.To);
        Assert.Equal("23 Jun–24 Jun [zh-wp]", mark.Label);
    }

    [Fact]
    public void Font_choice_prefers_cjk_and_falls_back_to_dejavu()
    {
        Assert.Equal("Noto Sans CJK SC", ChartFonts.Choose(["DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK SC"]));
        Assert.Equal("Noto Sans CJK JP", ChartFonts.Choose(["Noto Sans CJK JP"]));
        Assert.Equal(ChartFonts.Fallback, ChartFonts.Choose(["DejaVu Sans", "Liberation Serif"]));
    }
}
