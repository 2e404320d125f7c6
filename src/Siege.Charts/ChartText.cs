using System.Globalization;
using Siege.Engine.Domain;
using Siege.Ensembles;
using Siege.Scenarios.Loading;

namespace Siege.Charts;

/// <summary>
/// Every word a chart prints, in one language. The charts of <c>--plot</c> are English; the HTML report draws each
/// chart in both languages and shows the one the reader chose. Names of places stay in the language of the name:
/// the Chinese name of a position is on the English chart too, so that a reader can find it on a Chinese map. The
/// Chinese names the sides as the scenario does (日军, 美军); the English calls them by their roles.
/// </summary>
public abstract class ChartText
{
    public static readonly ChartText English = new EnglishChartText();

    /// <summary>The Chinese words, with the sides called as <paramref name="sides"/> names them.</summary>
    public static ChartText Chinese(SideNames sides) => new ChineseChartText(sides);

    /// <summary>The scenario as a chart title names it.</summary>
    public abstract string ScenarioName(LoadedScenario loaded);

    public abstract string LengthTitle(string scenario, int runs);
    public abstract string LengthAxis { get; }
    public abstract string RunsAxis { get; }
    public abstract string GarrisonFell { get; }
    public abstract string HeldOrRelieved { get; }

    /// <summary>A recorded length in the legend: "record: 47 days [zh-wp]".</summary>
    public abstract string RecordedLength(double days, IEnumerable<string> sources);

    public abstract string FanAxis(double minimumShare);
    public abstract string BandLegend(string series);
    public abstract string MedianLegend(string series);
    public abstract string StrengthTitle(string scenario, int runs);
    public abstract string MenAxis { get; }
    public abstract string DefenderCombatants { get; }
    public abstract string AttackerInfantry { get; }
    /// <summary>The ammunition chart's title: the stock it follows, by its name in the scenario.</summary>
    public abstract string StockTitle(Supply stock, string scenario, int runs);
    public abstract string StockAxis { get; }
    public abstract string StockName(Supply stock);
    public abstract string FirepowerTitle(string scenario, int runs);
    public abstract string FirepowerAxis { get; }
    public abstract string Firepower { get; }

    public abstract string ForestTitle(string scenario, int runs);
    public abstract string ForestAxis(int neverLost);
    public abstract string ForestSimulated { get; }
    public abstract string ForestRecorded { get; }
    public abstract string ForestRow(PositionStats position);

    public abstract string OverlayTitle(string baseline, string variant, string scenario);
    public abstract string ShareAxis { get; }
    public abstract string OverlayLegend(string name, int runs);

    public abstract string TornadoTitle(string scenario, int runs);
    public abstract string TornadoAxis { get; }
    public abstract string TornadoLow { get; }
    public abstract string TornadoHigh { get; }

    /// <summary>The title of a global sensitivity chart: Sobol indices or Morris effects over the points and seeds run.</summary>
    public abstract string GlobalTitle(bool sobol, long points, int runsPerPoint);
    public abstract string GlobalAxis(bool sobol);
    public abstract string FirstOrder { get; }
    public abstract string TotalOrder { get; }
    public abstract string MuStar { get; }
    public abstract string Sigma { get; }

    /// <summary>A ring of the defence (a tier as the trace and the summary write it, e.g. <c>eastBank</c>).</summary>
    public abstract string TierName(string tier);

    protected static string Days(double days) => days.ToString("0.#", CultureInfo.InvariantCulture);

    protected static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
    protected static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    protected static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);
}

internal sealed class EnglishChartText : ChartText
{
    /// <summary>"衡阳保卫战 (Defense of Hengyang)": the Chinese name is a name, so it stays in the English title.</summary>
    public override string ScenarioName(LoadedScenario loaded) =>
        loaded.Scenario.Name == loaded.Scenario.NameEn ? loaded.Scenario.Name : $"{loaded.Scenario.Name} ({loaded.Scenario.NameEn})";

    public override string LengthTitle(string scenario, int runs) => $"Length of the siege — {scenario}, {Count(runs)} runs";
    public override string LengthAxis => "days from the start of the siege (bins of one day)";
    public override string RunsAxis => "runs";
    public override string GarrisonFell => "garrison fell";
    public override string HeldOrRelieved => "held to the horizon or relieved";
    public override string RecordedLength(double days, IEnumerable<string> sources) => $"record: {Days(days)} days [{string.Join(", ", sources)}]";

    public override string FanAxis(double minimumShare) =>
        $"day of the siege — percentiles over the runs still fighting that day (days reached by < {Percent(minimumShare)} of runs left out)";
    public override string BandLegend(string series) => $"{series}: 10th–90th percentile";
    public override string MedianLegend(string series) => $"{series}: median";
    public override string StrengthTitle(string scenario, int runs) => $"Strength of each side — {scenario}, {Count(runs)} runs";
    public override string MenAxis => "men";
    public override string DefenderCombatants => "defender combatants";
    public override string AttackerInfantry => "attacker infantry";
    public override string StockTitle(Supply stock, string scenario, int runs) => $"Defender's stock: {stock.NameEn} — {scenario}, {Count(runs)} runs";
    public override string StockAxis => "thousands on hand";
    public override string StockName(Supply stock) => stock.NameEn;
    public override string FirepowerTitle(string scenario, int runs) => $"Defender's firepower (share of full ammunition) — {scenario}, {Count(runs)} runs";
    public override string FirepowerAxis => "firepower, % of full";
    public override string Firepower => "defender firepower";

    public override string ForestTitle(string scenario, int runs) => $"Fall day of each position — {scenario}, {Count(runs)} runs";
    public override string ForestAxis(int neverLost) =>
        $"day the attacker took it for good: 10th–90th percentile and median ({neverLost} never lost: not shown)";
    public override string ForestSimulated => "simulated: 10th–90th percentile and median";
    public override string ForestRecorded => "recorded loss window";
    public override string ForestRow(PositionStats p) => $"{p.Name} {p.NameEn} · {TierName(p.Tier)} · {Percent(p.PLost)} lost";

    public override string OverlayTitle(string baseline, string variant, string scenario) => $"Length of the siege: {baseline} and {variant} — {scenario}";
    public override string ShareAxis => "share of runs";
    public override string OverlayLegend(string name, int runs) => $"{name} ({Count(runs)} runs)";

    public override string TornadoTitle(string scenario, int runs) => $"What the siege's length depends on ({Count(runs)} paired seeds)";
    public override string TornadoAxis => "change of the mean length in days, each figure alone at an end of its range";
    public override string TornadoLow => "figure at the low end of its range";
    public override string TornadoHigh => "figure at the high end of its range";

    public override string GlobalTitle(bool sobol, long points, int runsPerPoint) => sobol
        ? $"What the siege's length depends on: Sobol indices ({Count(points)} points x {Count(runsPerPoint)} seeds)"
        : $"What the siege's length depends on: Morris screening ({Count(points)} points x {Count(runsPerPoint)} seeds)";
    public override string GlobalAxis(bool sobol) => sobol
        ? "share of the variance of the mean length (95% bootstrap interval), all figures varying together"
        : "elementary effect on the mean length, days per whole range, all figures varying together";
    public override string FirstOrder => "first order S1 (the figure alone)";
    public override string TotalOrder => "total ST (with its interactions)";
    public override string MuStar => "mean absolute effect μ*";
    public override string Sigma => "spread σ (interactions, non-linearity)";

    public override string TierName(string tier) => tier == "eastBank" ? "east bank" : tier;
}

internal sealed class ChineseChartText(SideNames sides) : ChartText
{
    private string Defender => sides.Defender.Name;

    private string Attacker => sides.Attacker.Name;

    public override string ScenarioName(LoadedScenario loaded) => loaded.Scenario.Name;

    public override string LengthTitle(string scenario, int runs) => $"围城天数 — {scenario}，{Count(runs)}次推演";
    public override string LengthAxis => "自围城开始的天数（每格一天）";
    public override string RunsAxis => "推演次数";
    public override string GarrisonFell => $"{Defender}停止抵抗";
    public override string HeldOrRelieved => "坚守至推演期限或解围";
    public override string RecordedLength(double days, IEnumerable<string> sources) => $"史载：{Days(days)}天 [{string.Join(", ", sources)}]";

    public override string FanAxis(double minimumShare) =>
        $"围城第几天 — 当日仍在作战的推演的百分位（不足{Percent(minimumShare)}推演到达的日子从略）";
    public override string BandLegend(string series) => $"{series}：第10–90百分位";
    public override string MedianLegend(string series) => $"{series}：中位数";
    public override string StrengthTitle(string scenario, int runs) => $"双方兵力 — {scenario}，{Count(runs)}次推演";
    public override string MenAxis => "人数";
    public override string DefenderCombatants => $"{Defender}作战人员";
    public override string AttackerInfantry => $"{Attacker}突击步兵";
    public override string StockTitle(Supply stock, string scenario, int runs) => $"{Defender}存量：{stock.Name} — {scenario}，{Count(runs)}次推演";
    public override string StockAxis => "存量（千）";
    public override string StockName(Supply stock) => stock.Name;
    public override string FirepowerTitle(string scenario, int runs) => $"{Defender}火力（弹药满足程度） — {scenario}，{Count(runs)}次推演";
    public override string FirepowerAxis => "火力（满额的百分比）";
    public override string Firepower => $"{Defender}火力";

    public override string ForestTitle(string scenario, int runs) => $"各阵地失守日 — {scenario}，{Count(runs)}次推演";
    public override string ForestAxis(int neverLost) => $"{Attacker}最终占领之日：第10–90百分位及中位数（{neverLost}处从未失守，未列出）";
    public override string ForestSimulated => "推演：第10–90百分位及中位数";
    public override string ForestRecorded => "史载失守时段";
    public override string ForestRow(PositionStats p) => $"{p.Name} · {TierName(p.Tier)} · 失守{Percent(p.PLost)}";

    public override string OverlayTitle(string baseline, string variant, string scenario) => $"围城天数：{baseline}与{variant} — {scenario}";
    public override string ShareAxis => "推演占比";
    public override string OverlayLegend(string name, int runs) => $"{name}（{Count(runs)}次推演）";

    public override string TornadoTitle(string scenario, int runs) => $"围城天数取决于什么（{Count(runs)}对种子）";
    public override string TornadoAxis => "平均天数的变化（每次只把一个数值移到其范围的一端）";
    public override string TornadoLow => "数值取范围下限";
    public override string TornadoHigh => "数值取范围上限";

    public override string GlobalTitle(bool sobol, long points, int runsPerPoint) => sobol
        ? $"围城天数取决于什么：Sobol 指数（{Count(points)}个取样点 × {Count(runsPerPoint)}个种子）"
        : $"围城天数取决于什么：Morris 筛选（{Count(points)}个取样点 × {Count(runsPerPoint)}个种子）";
    public override string GlobalAxis(bool sobol) => sobol
        ? "占平均天数方差的份额（95% 自助法区间），各数值同时变化"
        : "对平均天数的基本效应（天／整个范围），各数值同时变化";
    public override string FirstOrder => "一阶指数 S1（数值单独的作用）";
    public override string TotalOrder => "总指数 ST（含交互作用）";
    public override string MuStar => "平均绝对效应 μ*";
    public override string Sigma => "离散度 σ（交互作用、非线性）";

    /// <summary>The rings of the defence as Chinese accounts of the battle name them.</summary>
    public override string TierName(string tier) => tier switch
    {
        "staging" => $"{Attacker}集结地",
        "eastBank" => "东岸",
        "warning" => "警戒阵地",
        "outpost" => "前进阵地",
        "main" => "主阵地",
        "second" => "第二线",
        "core" => "核心阵地",
        _ => tier,
    };
}
