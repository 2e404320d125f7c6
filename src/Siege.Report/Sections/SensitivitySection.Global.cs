using Siege.Ensembles.Sensitivity;
using Siege.Report.Html;

namespace Siege.Report.Sections;

/// <summary>The sensitivity section of a Sobol or Morris analysis: what was run, the chart, and the table of indices.</summary>
internal static partial class SensitivitySection
{
    private static void WriteGlobal(HtmlBuilder html, GlobalSensitivityOutcome global)
    {
        var r = global.Result;
        var figures = r.Parameters.Count;
        var rejected = r.Rejected > 0
            ? new Bi($"{Fmt.Count(r.Rejected)}个取样点违反剧本的规则，未推演，估计时略去。", $" {Fmt.Count(r.Rejected)} points broke a rule of the scenario and were not run; the estimates leave them out.")
            : new Bi("", "");
        if (r.IsSobol)
        {
            html.Paragraph(new Bi(
                $"剧本中带范围的{Fmt.Count(figures)}个数值同时在其范围内变化：Saltelli 取样（Sobol 低差异序列，N = {Fmt.Count(r.Samples)}），共{Fmt.Count(r.Points)}个取样点，每点推演相同的{Fmt.Count(r.RunsPerPoint)}个种子（共同随机数），输出为平均围城天数。S1 为该数值单独造成的方差份额，ST 含其全部交互作用；ST − S1 即交互作用所占份额。区间为自助法95%区间。{rejected.Zh}",
                $"The scenario's {Fmt.Count(figures)} figures with a range, varying together over their ranges: Saltelli sampling on a Sobol sequence (N = {Fmt.Count(r.Samples)}), {Fmt.Count(r.Points)} points, each run on the same {Fmt.Count(r.RunsPerPoint)} seeds (common random numbers); the output is the mean length of the siege. S1 is the share of its variance due to the figure alone, ST with all its interactions, so ST − S1 is the share due to interactions. Intervals are 95% bootstrap intervals.{rejected.En}"));
            DistributionSection.Chart(html, global.Chart, new Bi("一阶指数 S1 与总指数 ST，ST 最大者在上。", "First-order S1 and total ST, the largest ST at the top."));
            html.Table(
                [new("数值", "figure"), new("范围", "range"), new("S1", "S1"), new("ST", "ST"), new("ST − S1", "ST − S1")],
                r.Parameters.Take(Rows).Select(p => (IReadOnlyList<string>)
                [
                    $"<code>{Markup.Escape(p.Path)}</code>",
                    Markup.Escape($"[{Fmt.Parameter(p.Low)}, {Fmt.Parameter(p.High)}]"),
                    Markup.Escape(Index(p.S1!)),
                    Markup.Escape(Index(p.ST!)),
                    Markup.Escape(Fmt.Fixed(p.ST!.Value - p.S1!.Value, "0.000")),
                ]));
            return;
        }
        html.Paragraph(new Bi(
            $"剧本中带范围的{Fmt.Count(figures)}个数值以 Morris 法筛选：{Fmt.Count(r.Samples)}条轨迹，共{Fmt.Count(r.Points)}个取样点，每点推演相同的{Fmt.Count(r.RunsPerPoint)}个种子。μ* 为把该数值移过其整个范围对平均围城天数的平均绝对效应（天），σ 为其离散度：σ 大说明该数值的作用取决于其他数值（交互作用）或其取值（非线性）。{rejected.Zh}",
            $"The scenario's {Fmt.Count(figures)} figures with a range, screened by Morris's method: {Fmt.Count(r.Samples)} trajectories, {Fmt.Count(r.Points)} points, each run on the same {Fmt.Count(r.RunsPerPoint)} seeds. μ* is the mean absolute effect on the mean length of moving the figure across its whole range (days), σ the spread of those effects: a large σ says the figure's effect depends on the others (interactions) or on where it lies (non-linearity).{rejected.En}"));
        DistributionSection.Chart(html, global.Chart, new Bi("平均绝对效应 μ* 与离散度 σ，μ* 最大者在上。", "Mean absolute effect μ* and spread σ, the largest μ* at the top."));
        html.Table(
            [new("数值", "figure"), new("范围", "range"), new("μ*（天）", "μ* (days)"), new("μ（天）", "μ (days)"), new("σ（天）", "σ (days)")],
            r.Parameters.Take(Rows).Select(p => (IReadOnlyList<string>)
            [
                $"<code>{Markup.Escape(p.Path)}</code>",
                Markup.Escape($"[{Fmt.Parameter(p.Low)}, {Fmt.Parameter(p.High)}]"),
                Markup.Escape(Fmt.Fixed(p.MuStar ?? 0, "0.00")),
                Markup.Escape(Fmt.Fixed(p.Mu ?? 0, "+0.00;−0.00;0")),
                Markup.Escape(Fmt.Fixed(p.Sigma ?? 0, "0.00")),
            ]));
    }

    private static string Index(IndexValue x) =>
        $"{Fmt.Fixed(x.Value, "0.000")} [{Fmt.Fixed(x.Ci95[0], "0.000")}, {Fmt.Fixed(x.Ci95[1], "0.000")}]";
}
