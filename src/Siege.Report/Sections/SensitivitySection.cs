using Siege.Ensembles.Sensitivity;
using Siege.Ensembles.WhatIf;
using Siege.Report.Html;

namespace Siege.Report.Sections;

/// <summary>
/// What the siege depends on: each figure with a range moved alone to each end of it, on the baseline's seeds, the
/// largest swings first, as a tornado chart and a table; or, with a global method, every figure varying together,
/// as Sobol indices or Morris effects (SensitivitySection.Global.cs).
/// </summary>
internal static partial class SensitivitySection
{
    public const string Id = "sensitivity";
    public static readonly Bi Title = new("敏感性", "Sensitivity");

    /// <summary>Rows of the chart and of the table: the largest swings.</summary>
    public const int Rows = 15;

    public static void Write(HtmlBuilder html, ReportContent content)
    {
        html.Heading(2, Id, Title);
        if (content.GlobalSensitivity is { } global)
        {
            WriteGlobal(html, global);
            return;
        }
        if (content.Sensitivity is not { } sensitivity)
        {
            html.Paragraph(new Bi("本报告未请求敏感性分析。用 --sensitivity 加入（每个带范围的数值需推演两组种子）。",
                "No sensitivity analysis was asked for in this report; add it with --sensitivity (two sets of runs per figure with a range)."));
            return;
        }
        var result = sensitivity.Result;
        var guesses = result.Parameters.Count(p => p.Sources.Contains("GUESS"));
        var dayOrMore = result.Parameters.Count(p => Math.Abs(p.SwingDays) >= 1);
        html.Paragraph(new Bi(
            $"剧本中带范围的{Fmt.Count(result.Parameters.Count)}个数值（其中{Fmt.Count(guesses)}个为估计值 GUESS），每次只把一个移到其范围的下限或上限，在与基线相同的{Fmt.Count(result.Runs)}个种子上推演；{Fmt.Count(dayOrMore)}个使平均围城天数的变化达到一天或以上。单因素分析看不到数值之间的交互作用。",
            $"The scenario's {Fmt.Count(result.Parameters.Count)} figures with a range ({Fmt.Count(guesses)} of them GUESSes), each moved alone to the low or the high end of its range and run on the baseline's {Fmt.Count(result.Runs)} seeds; {Fmt.Count(dayOrMore)} move the mean length by a day or more. One at a time, the analysis sees no interactions between figures."));
        DistributionSection.Chart(html, sensitivity.Chart, new Bi(
            "平均围城天数的变化（配对差及其95%区间），摆幅最大者在上。",
            "Change of the mean length (paired difference and its 95% interval), the largest swing at the top."));
        html.Table(
            [new("数值", "figure"), new("取值 [下限, 上限]", "value [low, high]"), new("来源", "sources"), new("下限时（天）", "at low (days)"), new("上限时（天）", "at high (days)")],
            result.Parameters.Take(Rows).Select(p => (IReadOnlyList<string>)
            [
                $"<code>{Markup.Escape(p.Path)}</code>",
                Markup.Escape($"{Fmt.Parameter(p.Value)} [{Fmt.Parameter(p.Low)}, {Fmt.Parameter(p.High)}]"),
                Markup.Escape(string.Join(", ", p.Sources)),
                Markup.Escape(Difference(p.AtLow.DurationDays)),
                Markup.Escape(Difference(p.AtHigh.DurationDays)),
            ]));
    }

    private static string Difference(PairedDifference d) =>
        $"{Fmt.Fixed(d.Mean, "+0.00;−0.00;0")} [{Fmt.Fixed(d.Ci95[0], "0.00")}, {Fmt.Fixed(d.Ci95[1], "0.00")}]";
}
