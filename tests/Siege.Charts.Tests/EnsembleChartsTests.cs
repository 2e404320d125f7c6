namespace Siege.Charts.Tests;

public sealed class EnsembleChartsTests(ChartFixture fixture) : IClassFixture<ChartFixture>
{
    private static readonly string[] Stems =
    [
        EnsembleCharts.LengthHistogramStem,
        EnsembleCharts.StrengthFanStem,
        EnsembleCharts.AmmunitionFanStem,
        EnsembleCharts.PositionForestStem,
    ];

    public static TheoryData<string> AllStems => [.. Stems];

    [Fact]
    public void Writes_a_png_and_an_svg_of_every_chart()
    {
        var expected = Stems.SelectMany(s => new[] { s + ".png", s + ".svg" }).Order().ToArray();
        Assert.Equal(expected, fixture.Files.Select(f => Path.GetFileName(f)).Order().ToArray());
        Assert.All(fixture.Files, f => Assert.True(File.Exists(f), f));
    }

    [Theory]
    [MemberData(nameof(AllStems))]
    public void Png_is_a_real_image(string stem) => ChartAssert.IsPng(Path.Combine(fixture.Directory, stem + ".png"));

    [Theory]
    [MemberData(nameof(AllStems))]
    public void Svg_parses_as_xml(string stem) => ChartAssert.ParseSvg(Path.Combine(fixture.Directory, stem + ".svg"));

    [Fact]
    public void Length_histogram_labels_the_recorded_length_with_its_source()
    {
        var text = ChartAssert.Text(ChartAssert.ParseSvg(Path.Combine(fixture.Directory, "length-histogram.svg")));
        Assert.Contains("47 days [zh-wp]", text);
        Assert.Contains("衡阳保卫战", text);
    }

    [Fact]
    public void Forest_names_positions_in_chinese_and_marks_the_record()
    {
        var text = ChartAssert.Text(ChartAssert.ParseSvg(Path.Combine(fixture.Directory, "position-forest.svg")));
        Assert.Contains("张家山", text);
        Assert.Contains("recorded loss window", text);
    }

    [Fact]
    public void Fan_charts_state_how_ended_runs_are_counted()
    {
        foreach (var stem in new[] { EnsembleCharts.StrengthFanStem, EnsembleCharts.AmmunitionFanStem })
        {
            var text = ChartAssert.Text(ChartAssert.ParseSvg(Path.Combine(fixture.Directory, stem + ".svg")));
            Assert.Contains("runs still fighting", text);
            Assert.Contains("median", text);
        }
    }

    [Theory]
    [MemberData(nameof(AllStems))]
    public void Svg_text_has_the_characters_drawn_not_radicals_with_the_same_glyph(string stem)
    {
        var text = ChartAssert.Text(ChartAssert.ParseSvg(Path.Combine(fixture.Directory, stem + ".svg")));
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF');
        Assert.DoesNotContain('\u2012', text);
    }

    [Fact]
    public void Svg_text_in_chinese_labels_the_charts_and_the_record_in_chinese()
    {
        var charts = EnsembleCharts.Svg(fixture.Store, fixture.Loaded, fixture.Key, ChartFixture.Seeds, ChartText.Chinese(fixture.Loaded.Scenario.Sides));
        Assert.Equal(Stems, charts.Select(c => c.Stem));
        var length = ChartAssert.Text(System.Xml.Linq.XDocument.Parse(charts[0].Svg));
        Assert.Contains("史载：47天 [zh-wp]", length);
        Assert.Contains("围城天数", length);
        Assert.DoesNotContain("days", length);
    }

    [Fact]
    public void The_font_in_use_draws_chinese()
    {
        // CI installs fonts-noto-cjk; without it the names would be boxes, which no text check can see.
        Assert.True(ChartFonts.HasCjk, $"font in use: {ChartFonts.Family}");
    }
}
