using Siege.Charts;
using Siege.Engine.Domain;
using Siege.Ensembles;
using Siege.Report.Html;

namespace Siege.Report.Sections;

/// <summary>The ensemble: the spread of the siege's length, the offensives and the casualties, and the four charts.</summary>
internal static class DistributionSection
{
    public const string Id = "ensemble";
    public static readonly Bi Title = new("推演集合的分布", "The ensemble's distributions");

    public static void Write(HtmlBuilder html, ReportContent content)
    {
        var s = content.Summary;
        var start = content.Loaded.Scenario.Start;
        html.Heading(2, Id, Title);
        html.Paragraph(new Bi(
            $"{Fmt.Count(s.Runs)}次推演，种子{content.Seeds.First}–{content.Seeds.Last}。百分位为最近秩百分位，仅计发生该事件的推演。",
            $"{Fmt.Count(s.Runs)} runs, seeds {content.Seeds.First}–{content.Seeds.Last}. Percentiles are nearest-rank, over the runs in which the event happened."));

        html.Heading(3, "length", new("围城天数", "Length of the siege"));
        var facts = new List<(Bi, string)>();
        if (s.DurationDays is { } d)
        {
            facts.Add((new("平均", "mean"), Markup.Escape(Fmt.Days(d.Mean))));
            facts.Add((new("中位数（第10–90百分位）", "median (10th–90th percentile)"), Markup.Escape($"{Fmt.Days(d.P50)} ({Fmt.Days(d.P10)}–{Fmt.Days(d.P90)})")));
        }
        if (s.PHoldRecorded is { } recorded && s.Record.DurationDays is { } days)
            facts.Add((new($"坚守至少{Fmt.Fixed(days, "0.#")}天（史载）的概率", $"probability of holding at least {Fmt.Fixed(days, "0.#")} days (as recorded)"), Markup.Escape(Fmt.Share(recorded))));
        if (s.PHoldOrdered is { } ordered && s.Record.OrderedDays is { } orderedDays)
            facts.Add((new($"坚守至少{Fmt.Fixed(orderedDays, "0.#")}天（奉命坚守的期限）的概率", $"probability of holding at least {Fmt.Fixed(orderedDays, "0.#")} days (as ordered)"), Markup.Escape(Fmt.Share(ordered))));
        if (s.Offensives.Count is { } count)
            facts.Add((new("总攻次数（中位数）", "general offensives (median)"), Markup.Escape(Fmt.Count(count.P50))));
        html.Facts(facts);
        Chart(html, content, EnsembleCharts.LengthHistogramStem, new("围城天数的分布；虚线为史载天数。", "The length of the siege; dashed lines mark the recorded lengths."));

        html.Heading(3, "end", new("围城如何结束", "How the siege ended"));
        html.Table(
            [new("结局", "end"), new("推演次数", "runs"), new("比例", "share")],
            EndReasons(s.EndReasons));

        html.Heading(3, "offensives", new("总攻开始日", "When the general offensives open"));
        html.Table(
            [new("总攻", "offensive"), new("第10百分位", "10th percentile"), new("中位数", "median"), new("第90百分位", "90th percentile")],
            s.Offensives.Starts.Select((p, i) => (IReadOnlyList<string>)
                [Markup.Span(new Bi($"第{i + 1}次", $"no. {i + 1}")), Day(start, p.P10), Day(start, p.P50), Day(start, p.P90)]));

        html.Heading(3, "casualties", new("伤亡", "Casualties"));
        html.Table(
            [new("方", "side"), new("类别", "kind"), new("第10百分位", "10th percentile"), new("中位数", "median"), new("第90百分位", "90th percentile")],
            Casualties(s.Casualties, content.Loaded.Scenario.Sides));
        html.Paragraph(new Bi(
            "每人只计一次：阵亡含伤重死亡，被俘含被俘伤员，负伤为结束时仍未归队的伤员；伤愈归队者不计入伤亡。",
            "Each man is counted once: killed includes died of wounds, captured includes the wounded taken prisoner, wounded are those still out of action at the end; the wounded who returned to duty are no longer casualties."));
        html.Table(
            [new("作战方式", "kind of combat"), new("方", "side"), new("阵亡（每次推演平均）", "killed (mean per run)"), new("负伤", "wounded"), new("未伤被俘", "captured unwounded"), new("占该方比例", "share of the side's")],
            Kinds(s.Casualties, content.Loaded.Scenario.Sides));

        html.Heading(3, "strength", new("兵力与弹药", "Strength and ammunition"));
        Chart(html, content, EnsembleCharts.StrengthFanStem, new("双方兵力逐日的中位数和第10–90百分位带。", "Each side's strength by day: median and 10th–90th percentile band."));
        Chart(html, content, EnsembleCharts.AmmunitionFanStem, new($"{content.Loaded.Scenario.Sides.Defender.Name}弹药逐日的中位数和第10–90百分位带。", "The defender's ammunition by day: median and 10th–90th percentile band."));

        html.Heading(3, "falls", new("各阵地失守日", "When each position fell"));
        Chart(html, content, EnsembleCharts.PositionForestStem, new("各阵地最终失守日的第10–90百分位与中位数；黑框为史载失守时段。", "The day each position was taken for good: 10th–90th percentile and median; black boxes are the recorded windows."));
    }

    /// <summary>A chart in both languages, only the reader's showing, with its caption.</summary>
    internal static void Chart(HtmlBuilder html, BilingualChart chart, Bi caption)
    {
        html.Raw("<figure>")
            .Raw($"<div class=\"zh\" lang=\"zh-Hans\">{InlineSvg.Prepare(chart.SvgZh, chart.Stem + "-zh-")}</div>")
            .Raw($"<div class=\"en\" lang=\"en\">{InlineSvg.Prepare(chart.SvgEn, chart.Stem + "-en-")}</div>")
            .Line($"<figcaption>{Markup.Span(caption)}</figcaption></figure>");
    }

    private static void Chart(HtmlBuilder html, ReportContent content, string stem, Bi caption)
    {
        if (content.Charts.FirstOrDefault(c => c.Stem == stem) is { } chart) Chart(html, chart, caption);
    }

    private static IEnumerable<IReadOnlyList<string>> Casualties(CasualtyStats stats, SideNames sides)
    {
        foreach (var (side, name) in new[] { (stats.Defender, Vocabulary.Side(Side.Defender, sides)), (stats.Attacker, Vocabulary.Side(Side.Attacker, sides)) })
        {
            foreach (var (figures, kind) in new[]
            {
                (side.Killed, new Bi("阵亡", "killed")), (side.DiedOfWounds, new Bi("其中伤重死亡", "of whom died of wounds")),
                (side.Wounded, new Bi("负伤（未归队）", "wounded (still out)")), (side.ReturnedToDuty, new Bi("伤愈归队", "returned to duty")),
                (side.Captured, new Bi("被俘", "captured")), (side.CapturedWounded, new Bi("其中伤员", "of whom wounded")),
            })
            {
                if (figures is null) continue;
                yield return [Markup.Span(name), Markup.Span(kind), Markup.Escape(Fmt.Count(figures.P10)), Markup.Escape(Fmt.Count(figures.P50)), Markup.Escape(Fmt.Count(figures.P90))];
            }
        }
    }

    /// <summary>The rows of "how the siege ended": each reason in both languages, its runs and share.</summary>
    internal static IEnumerable<IReadOnlyList<string>> EndReasons(IEnumerable<EndReasonShare> reasons) =>
        reasons.Select(r => (IReadOnlyList<string>)
        [
            Markup.Span(EndWords.Parse(r.Reason) is { } reason ? EndWords.Reason(reason) : new Bi("未知（存储时未记录）", "unknown (stored before reasons were kept)")),
            Markup.Escape(Fmt.Count(r.Runs)),
            Markup.Escape(Fmt.Share(r.Share)),
        ]);

    /// <summary>The rows of the kinds of combat: each kind that put men out of action, per side, in both languages.</summary>
    internal static IEnumerable<IReadOnlyList<string>> Kinds(CasualtyStats stats, SideNames sides)
    {
        foreach (var (side, name) in new[] { (stats.Defender, Vocabulary.Side(Side.Defender, sides)), (stats.Attacker, Vocabulary.Side(Side.Attacker, sides)) })
            foreach (var k in side.ByKind.Where(k => k.Share > 0))
                yield return
                [
                    Markup.Span(EndWords.ParseKind(k.Kind) is { } kind ? EndWords.Kind(kind) : Bi.Same(k.Kind)), Markup.Span(name),
                    Markup.Escape(Fmt.Count((int)Math.Round(k.KilledInAction))), Markup.Escape(Fmt.Count((int)Math.Round(k.Wounded))),
                    Markup.Escape(Fmt.Count((int)Math.Round(k.CapturedUnwounded))), Markup.Escape(Fmt.Share(k.Share)),
                ];
    }

    private static string Day(DateTime start, double days) =>
        Markup.Span(new Bi($"第{Fmt.Days(days)}天（{Fmt.Date(start.AddDays(days))}）", $"day {Fmt.Days(days)} ({Fmt.Date(start.AddDays(days))})"));
}
