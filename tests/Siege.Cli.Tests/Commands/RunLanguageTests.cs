using System.Text.RegularExpressions;
using Siege.Scenarios.Loading;
using Siege.Trace;

namespace Siege.Cli.Tests.Commands;

/// <summary><c>siege run --lang zh</c>: the chronicle, the tables and the outcome in Chinese; English stays the default.</summary>
public sealed class RunLanguageTests
{
    private static string IwoJima => Path.Combine(CliRunner.RepositoryRoot(), "scenarios", "iwo-jima-1945");

    [Fact]
    public void The_chinese_text_has_its_title_outcome_day_lines_and_tables_in_chinese()
    {
        var result = CliRunner.Run("run", "--lang", "zh");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        // Seed 1 of Hengyang, as the English text of RunProvenanceTests gives it.
        Assert.Equal("衡阳保卫战 — 种子1，状态哈希8533a0b18fd0d200", lines[0]);
        Assert.StartsWith("剧本 hengyang-1944，内容哈希", lines[1]);
        Assert.EndsWith("；基线（未用假设）", lines[1]);
        Assert.Equal("1944-06-22 00:00 至 1944-08-12 07:00：守军停止抵抗，历时51.3天（兵力耗尽而停火）", lines[2]);
        Assert.Equal("第 1天  1944-06-22  守军12,829人（预备队1,955）  日军突击步兵     0人  火力100 %  存弹16,200发  据守阵地60处", lines[4]);
        Assert.Equal("          10:00  日军飞机空袭（伤亡29人）", lines[5]);
        Assert.Contains("史实对照：史载与本次推演", result.Out);
        Assert.Contains("47天 [zh-wp] / 48天 [en-wp]", result.Out);
        Assert.Contains("张家山仍在守军手中", result.Out);
        Assert.Contains("比较27项，与史载相符6项；另有12项未作比较（范围不明12项）。", lines);
        Assert.Contains("范围不明，不作比较", result.Out);
        Assert.DoesNotContain("Day  1", result.Out);
        Assert.DoesNotContain("record items matched", result.Out);
    }

    [Fact]
    public void The_chinese_chronicle_is_the_traces_chinese_text()
    {
        var loaded = ScenarioLoader.LoadEmbedded().Scenario!;
        var trace = TraceBuilder.Build(loaded.Scenario, 1, new RunProvenance(loaded.ContentHash, null));
        // The text leaves out Allied air support, too routine for a chronicle read line by line.
        var expected = trace.Hours.SelectMany(h => h.Events.Where(e => e.Kind != "alliedAirSupport").Select(e => $"          {h.Time[^5..]}  {e.TextZh}"));
        // An event line: ten spaces, the time, two spaces, the sentence.
        var printed = CliRunner.Run("run", "--lang", "zh").Out.Split('\n').Where(l => Regex.IsMatch(l, @"^ {10}\d\d:\d\d  \S"));
        Assert.Equal(expected, printed);
    }

    [Fact]
    public void Iwo_Jimas_chinese_text_calls_the_Americans_the_attacker_and_never_the_Japanese()
    {
        var result = CliRunner.Run("run", "--scenario", IwoJima, "--lang", "zh");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("日军", result.Out);
        Assert.Contains("美军突击步兵", result.Out);
        Assert.Contains("停火：日本守军停止抵抗", result.Out);
        Assert.Contains("本次推演与 CDB90 对照", result.Out);
    }

    [Fact]
    public void English_is_the_default()
    {
        Assert.Equal(CliRunner.Run("run", "--lang", "en").Out, CliRunner.Run("run").Out);
    }

    [Fact]
    public void An_unknown_language_is_refused_on_one_line()
    {
        var result = CliRunner.Run("run", "--lang", "fr");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("siege: --lang must be en or zh, not 'fr'", result.Error.Trim());
    }
}
