using Siege.Ensembles.WhatIf;
using Siege.Report.Html;

namespace Siege.Report.Sections;

/// <summary>
/// The what-ifs: each variant against the baseline on the same seeds (common random numbers), with the paired
/// difference of the siege's length and losses and the two distributions of the length drawn over each other.
/// </summary>
internal static class WhatIfSection
{
    public const string Id = "whatif";
    public static readonly Bi Title = new("假设推演", "What-ifs");

    public static void Write(HtmlBuilder html, ReportContent content)
    {
        html.Heading(2, Id, Title);
        if (content.WhatIfs.Count == 0)
        {
            html.Paragraph(new Bi("本报告未请求假设推演。用 --variant 名称（可重复）加入。", "No what-if was asked for in this report; add them with --variant NAME (repeatable)."));
            return;
        }
        html.Paragraph(new Bi(
            "每个假设在与基线相同的种子上推演（共同随机数）：模型中未被改动的部分抽取相同的随机数，所以逐种子的差值只反映改动。区间为配对差均值的95%区间。",
            "Each variant runs on the baseline's seeds (common random numbers): what the change does not touch draws the same random numbers, so each seed's difference shows the change alone. Intervals are 95% intervals of the mean paired difference."));
        html.Table(
            [new("假设", "variant"), new("基线平均天数", "baseline mean (days)"), new("假设平均天数", "variant mean (days)"), new("天数差（95%区间）", "difference in days (95% interval)"), new("围城更长的种子", "seeds with a longer siege")],
            content.WhatIfs.Select(w => (IReadOnlyList<string>)
            [
                $"<a href=\"#whatif-{Markup.Escape(w.Variant.Id)}\">{Markup.Span(new Bi(w.Variant.Name, w.Variant.NameEn))}</a>",
                Markup.Escape(Fmt.Fixed(w.Comparison.Baseline.DurationDays.Mean, "0.00")),
                Markup.Escape(Fmt.Fixed(w.Comparison.Variant.DurationDays.Mean, "0.00")),
                Markup.Escape(Difference(w.Comparison.Difference.DurationDays)),
                Markup.Escape(Fmt.Share(w.Comparison.PLongerSiege)),
            ]));
        foreach (var w in content.WhatIfs) Variant(html, w, content.Loaded.Scenario.Sides);
    }

    private static void Variant(HtmlBuilder html, WhatIfOutcome w, Engine.Domain.SideNames sides)
    {
        var v = w.Variant;
        var c = w.Comparison;
        html.Heading(3, "whatif-" + v.Id, new Bi($"{v.Name}（{v.Id}）", $"{v.NameEn} ({v.Id})"));
        html.Paragraph(new Bi(v.Description, v.DescriptionEn));
        // A variant file without the Chinese rationale still has it shown, in English, and the Chinese page says so.
        html.Paragraph(language => language == Trace.Language.English
            ? $"<span class=\"muted\">Rationale: </span>{Markup.Escape(v.Rationale)}"
            : v.RationaleZh is { } zh
                ? $"<span class=\"muted\">理由：</span>{Markup.Escape(zh)}"
                : $"<span class=\"muted\">理由（原文为英文）：</span><span lang=\"en\">{Markup.Escape(v.Rationale)}</span>");
        html.Paragraph(new Bi($"来源：{string.Join(", ", v.Sources)}；改动{v.ChangeCount}处。", $"Sources: {string.Join(", ", v.Sources)}; {v.ChangeCount} change(s)."));
        html.Table(
            [new("指标", "measure"), new("基线", "baseline"), new("假设", "variant"), new("配对差（95%区间）", "paired difference (95% interval)")],
            [
                [Markup.Span(new Bi("围城天数：平均", "length: mean (days)")), Markup.Escape(Fmt.Fixed(c.Baseline.DurationDays.Mean, "0.00")), Markup.Escape(Fmt.Fixed(c.Variant.DurationDays.Mean, "0.00")), Markup.Escape(Difference(c.Difference.DurationDays))],
                [Markup.Span(new Bi("围城天数：中位数", "length: median (days)")), Markup.Escape(Fmt.Fixed(c.Baseline.DurationDays.P50, "0.00")), Markup.Escape(Fmt.Fixed(c.Variant.DurationDays.P50, "0.00")), ""],
                [Markup.Span(new Bi($"{sides.Defender.Name}阵亡", "defenders killed")), "", "", Markup.Escape(Difference(c.Difference.DefenderKilled, "+0;−0;0"))],
                [Markup.Span(new Bi($"{sides.Attacker.Name}阵亡", "attackers killed")), "", "", Markup.Escape(Difference(c.Difference.AttackerKilled, "+0;−0;0"))],
            ]);
        var reduction = c.VarianceReduction is { } r ? Fmt.Fixed(r, "0.0") : "∞";
        html.Paragraph(new Bi(
            $"{Fmt.Count(c.Runs)}对种子中，{Fmt.Share(c.PLongerSiege)}的假设围城更长。共同随机数使差值的方差缩小为独立种子的1/{reduction}。",
            $"Of {Fmt.Count(c.Runs)} paired seeds, the variant's siege is longer in {Fmt.Share(c.PLongerSiege)}. Common random numbers cut the variance of the difference by a factor of {reduction}."));
        DistributionSection.Chart(html, w.Chart, new Bi($"围城天数：基线与“{v.Name}”。", $"Length of the siege: the baseline and “{v.NameEn}”."));
    }

    /// <summary>A mean paired difference and its interval: days to two decimals, men (with <paramref name="format"/>) to the man.</summary>
    private static string Difference(PairedDifference d, string format = "+0.00;−0.00;0") =>
        $"{Fmt.Fixed(d.Mean, format)} [{Fmt.Fixed(d.Ci95[0], format)}, {Fmt.Fixed(d.Ci95[1], format)}]";
}
