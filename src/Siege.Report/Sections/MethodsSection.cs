using Siege.Analysis.Validation;
using Siege.Calibration;
using Siege.Engine.Domain;
using Siege.Report.Html;

namespace Siege.Report.Sections;

/// <summary>
/// How the numbers were made: the engine in brief, the attrition parameters with their sources, the calibration of
/// the two kill rates (CDB90 prior, the record's likelihood, the posterior the scenario ships) and the CDB90 fit's
/// cross-validation.
/// </summary>
internal static class MethodsSection
{
    public const string Id = "methods";
    public static readonly Bi Title = new("方法", "Methods");

    public static void Write(HtmlBuilder html, ReportContent content)
    {
        var scenario = content.Loaded.Scenario;
        html.Heading(2, Id, Title);
        Engine(html, content);

        html.Heading(3, "attrition", new("消耗参数及其来源", "Attrition parameters and where they come from"));
        html.Paragraph(new Bi(
            "每小时的突击按随机的兰彻斯特平方律计算：守方损失与交战的攻方人数、攻方因素成正比，与防御倍数成反比；攻方损失与守方人数、火力和防御倍数成正比；实际损失为二项分布抽样。防御倍数取杜派（QJM）的姿态与地形系数。GUESS 为作者估计，无来源。",
            "Each hour of assault is a stochastic Lanchester square law: the defender's loss grows with the engaged attackers and their factors and shrinks with the defence multiplier; the attacker's loss grows with the garrison, its firepower and the defence multiplier; the actual losses are binomial draws. The defence multiplier takes Dupuy's QJM posture and terrain factors. GUESS marks the authors' own estimates, which no source gives."));
        html.Table(ParameterTable.Headers, ParameterTable.Rows(scenario.Combat));
        foreach (var (title, parameters) in new (Bi, object)[]
                 {
                     (new("攻方决策参数", "Attacker doctrine"), scenario.AttackerDoctrine),
                     (new("守方决策参数", "Defender doctrine"), scenario.DefenderDoctrine),
                 })
        {
            html.Raw("<details><summary>").Raw(Markup.Span(title)).Line("</summary>");
            html.Table(ParameterTable.Headers, ParameterTable.Rows(parameters));
            html.Line("</details>");
        }

        Calibration(html, content);
        Validation(html, content.Methods.Validation);
    }

    private static void Engine(HtmlBuilder html, ReportContent content)
    {
        html.Heading(3, "engine", new("引擎", "The engine"));
        html.Paragraph(new Bi(
            "引擎逐小时推进。地图是图：阵地为节点，通路为边，通路可经桥梁或渡口，渡河点被毁则通路关闭。攻方是一个状态机（等待、总攻、整补）：兵力与炮弹足够时发动总攻，损失达一定比例即暂停。守方在黄昏从预备队增援受威胁的阵地，夜间反击失去的要点，守不住时退向内线。核心阵地被突破且兵力或火力低于门限时，守方停止抵抗。",
            "The engine advances hour by hour. The map is a graph: positions are its nodes and approaches its edges, some across a bridge or ferry that closes the approach when it is destroyed. The attacker is a state machine (waiting, offensive, regrouping): it opens a general offensive when its infantry and shells suffice and pauses when losses reach a set share. The defender reinforces threatened positions from the reserve at dusk, counter-attacks lost key positions at night and falls back to inner lines when a position cannot be held. The garrison ceases resistance once the core is breached and its strength or firepower falls below a threshold."));
        html.Paragraph(new Bi(
            "每次推演由种子决定：同一剧本、同一种子，结果逐位相同；模型的各部分各自从命名的随机流抽数。所有日期（总攻、失守、停火）都出自模型，史载只用于对照。",
            "A run is determined by its seed: the same scenario and seed give the same result bit for bit, and each part of the model draws from its own named random stream. Every date (offensives, falls, the cease-fire) comes out of the model; the record is used only to compare."));
    }

    private static void Calibration(HtmlBuilder html, ReportContent content)
    {
        var combat = content.Loaded.Scenario.Combat;
        var methods = content.Methods;
        html.Heading(3, "calibration", new("杀伤率的校准", "Calibration of the kill rates"));
        // Rates that cite both CDB90 (the prior) and a source of the record (the likelihood) are the calibration's
        // posterior; rates derived from CDB90 alone, or from elsewhere, are stated as the scenario gives them.
        var recordSources = content.Loaded.Record.Items.SelectMany(i => i.Sources).ToHashSet(StringComparer.Ordinal);
        var calibrated = new[] { combat.AttackerKillRate, combat.DefenderKillRate }
            .All(r => r.SourceKeys.Contains("cdb90") && r.SourceKeys.Any(recordSources.Contains));
        var shipped = calibrated
            ? new Bi("剧本所载数值为后验中位数，范围为90%可信区间。", "The scenario's values are the posterior medians and its ranges the 90% credible intervals.")
            : new Bi("本剧本的杀伤率并非出自此校准，其来源见下表。", "This scenario's kill rates do not come from this calibration; their sources are in the table.");
        var setting = Setting(methods.PriorSetting, content.Loaded.PriorClass);
        html.Paragraph(new Bi(
            $"两个杀伤率由贝叶斯校准得出（siege calibrate）。先验：CDB90拟合（{Fmt.Count(methods.Cdb90Battles)}场战斗），{setting.Zh}，按推演自身的兵力比和天数，使推演的每日损失率等于拟合的中位数；对数正态，离散度取拟合的预测标准误，两方残差相关系数{Fmt.Fixed(methods.ResidualCorrelation, "0.00")}。似然：下表史载数字。{shipped.Zh}",
            $"The two kill rates come from a Bayesian calibration (siege calibrate). Prior: the CDB90 fit ({Fmt.Count(methods.Cdb90Battles)} battles) {setting.En} at the runs' own force ratio and length, centred where the runs lose men at the fit's median daily rates; log-normal, with the fit's prediction standard errors as spreads and the correlation of the two sides' residuals, {Fmt.Fixed(methods.ResidualCorrelation, "0.00")}. Likelihood: the record's figures below. {shipped.En}"));
        var prior = methods.Prior?.Prior;
        html.Table(
            [new("杀伤率", "rate"), new("先验中位数（90%）", "prior median (90%)"), calibrated ? new("后验中位数（90%可信区间）", "posterior median (90% credible)") : new("剧本数值（范围）", "scenario value (range)"), new("来源", "sources")],
            new[] { (KillRate.Attacker, "attackerKillRate", combat.AttackerKillRate), (KillRate.Defender, "defenderKillRate", combat.DefenderKillRate) }
                .Select(r => (IReadOnlyList<string>)
                [
                    $"<code>{r.Item2}</code>",
                    prior is null ? Markup.Span(new Bi("未重算", "not re-derived")) : Markup.Escape(Interval(prior.Median(r.Item1), prior.Interval(r.Item1, 0.9))),
                    Markup.Escape(Interval(r.Item3.Value, (r.Item3.Low, r.Item3.High))),
                    Markup.Escape(string.Join(", ", r.Item3.SourceKeys)),
                ]));
        if (prior is null && methods.PriorSetting is not null)
            html.Paragraph(new Bi(
                "先验需要按CDB90的中位损失率反复推演来定中心，耗时数十秒，默认不重算；用 siege report --prior 或 siege calibrate 得到。",
                "Centring the prior takes repeated runs matched to CDB90's median loss rates, tens of seconds, so it is not re-derived by default; siege report --prior or siege calibrate gives it."));
        else if (prior is not null)
            html.Paragraph(new Bi(
                $"先验按{Fmt.Fixed(methods.Prior!.ForceRatio, "0.00")}的兵力比和{Fmt.Days(methods.Prior.Days)}天的推演长度求得；对数标准差{Fmt.Fixed(prior.AttackerLogSd, "0.00")}与{Fmt.Fixed(prior.DefenderLogSd, "0.00")}。",
                $"The prior was centred at a force ratio of {Fmt.Fixed(methods.Prior!.ForceRatio, "0.00")} and runs of {Fmt.Days(methods.Prior.Days)} days; log standard deviations {Fmt.Fixed(prior.AttackerLogSd, "0.00")} and {Fmt.Fixed(prior.DefenderLogSd, "0.00")}."));
        html.Heading(4, new("似然所用的史载数字", "Record figures in the likelihood"));
        html.Table(
            [new("项目", "item"), new("数字", "figure"), new("来源", "source"), new("误差（1个标准差）", "error (1 sd)")],
            methods.Likelihood.Select(o => (IReadOnlyList<string>)
            [
                Markup.Escape(o.ItemId),
                Markup.Escape(o.Unit == MeasureUnit.Men ? Fmt.Count((long)Math.Round(o.Value)) : Fmt.Fixed(o.Value, "0.0")),
                Markup.Escape(o.Source),
                Markup.Span(o.Scale == ErrorScale.Log
                    ? Bi.Same($"×{Fmt.Fixed(Math.Exp(o.ErrorSd), "0.00")}")
                    : new Bi($"{Fmt.Fixed(o.ErrorSd, "0.#")}天", $"{Fmt.Fixed(o.ErrorSd, "0.#")} d")),
            ]));
    }

    private static void Validation(HtmlBuilder html, ValidationReport? report)
    {
        html.Heading(3, "validation", new("CDB90交叉验证", "CDB90 cross-validation"));
        if (report is null)
        {
            html.Paragraph(new Bi("本报告未运行交叉验证。", "The cross-validation was not run for this report."));
            return;
        }
        html.Paragraph(new Bi(
            $"按战斗{report.Folds}折交叉验证损耗率模型。MAE为每日伤亡率对数的绝对误差中位数（双方合计）；覆盖率为留出样本落入模型80%区间的比例。两个基准：按姿态取中位数，以及兰彻斯特平方律。",
            $"{report.Folds}-fold cross-validation of the attrition-rate model, by battle. MAE is the median absolute error of the log daily casualty rate, both sides pooled; coverage is the share of held-out pairs inside the model's 80% interval. Two baselines: the median by posture, and the Lanchester square law."));
        html.Table(
            [new("子集", "subset"), new("战斗数", "battles"), new("模型MAE", "model MAE"), new("80%区间覆盖率", "coverage of 80% intervals"), new("姿态中位数MAE", "posture-median MAE"), new("平方律MAE", "Lanchester-square MAE")],
            new[] { (new Bi("全部", "all"), report.Subsets.All), (new Bi("二战，预设或坚固防御", "WWII, prepared or fortified defence"), report.Subsets.Ww2PreparedFortified) }
                .Select(s => (IReadOnlyList<string>)
                [
                    Markup.Span(s.Item1),
                    Markup.Escape(Fmt.Count(s.Item2.Battles)),
                    Markup.Escape(Fmt.Fixed(s.Item2.Model.Mae, "0.000")),
                    Markup.Escape(Fmt.Fixed(s.Item2.Model.Coverage80, "0.000")),
                    Markup.Escape(Fmt.Fixed(s.Item2.PostureMedian.Mae, "0.000")),
                    Markup.Escape(Fmt.Fixed(s.Item2.LanchesterSquare.Mae, "0.000")),
                ]));
    }

    /// <summary>
    /// The battles the prior is built for: the scenario's period and CDB90 classes with their sources, or, for a scenario
    /// without classes, where to give them.
    /// </summary>
    private static Bi Setting(Cdb90Setting? setting, Scenarios.Loading.Cdb90Class? classes)
    {
        if (setting is null || classes is null)
            return new("取与本战斗同类的战斗；但本剧本未给出其CDB90分类（calibration.prior），须在剧本中给出，或在 siege calibrate 中以 --posture 和 --terrain 指定",
                "for battles like this one; but the scenario gives no CDB90 classes for it (calibration.prior), which the scenario or siege calibrate's --posture and --terrain must give");
        var (period, posture, terrain) = (Period(setting.Period), Posture(setting.Posture), Terrain(setting.Terrain));
        var sources = string.Join(", ", classes.Sources);
        return new($"取{period.Zh}、{posture.Zh}防御、{terrain.Zh}地形（剧本的分类，来源：{sources}）",
            $"for a {period.En} {posture.En} defence on {terrain.En} ground (the scenario's classes; sources: {sources})");
    }

    private static Bi Period(Analysis.Attrition.Period period) => period switch
    {
        Analysis.Attrition.Period.Before1900 => new("1900年以前", "pre-1900"),
        Analysis.Attrition.Period.From1900To1938 => new("1900–1938年", "1900–1938"),
        Analysis.Attrition.Period.From1939To1945 => new("二战", "WWII"),
        _ => new("1945年以后", "post-1945"),
    };

    private static Bi Posture(Analysis.Attrition.PostureClass posture) => posture switch
    {
        Analysis.Attrition.PostureClass.Hasty => new("仓促", "hasty"),
        Analysis.Attrition.PostureClass.Prepared => new("预设", "prepared"),
        Analysis.Attrition.PostureClass.Fortified => new("坚固", "fortified"),
        _ => new("其他", "other"),
    };

    private static Bi Terrain(Analysis.Attrition.TerrainClass terrain) => terrain switch
    {
        Analysis.Attrition.TerrainClass.Open => new("开阔", "open"),
        Analysis.Attrition.TerrainClass.Rugged => new("崎岖", "rugged"),
        Analysis.Attrition.TerrainClass.Wooded => new("林地", "wooded"),
        Analysis.Attrition.TerrainClass.Desert => new("沙漠", "desert"),
        _ => new("城市", "urban"),
    };

    /// <summary>A rate and its interval to three significant digits, as siege calibrate prints them.</summary>
    private static string Interval(double median, (double Low, double High) range) =>
        $"{Fmt.Fixed(median, "G3")} ({Fmt.Fixed(range.Low, "G3")}–{Fmt.Fixed(range.High, "G3")})";
}
