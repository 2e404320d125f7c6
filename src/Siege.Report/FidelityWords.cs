using Siege.Engine.Domain;
using Siege.Report.Html;
using Siege.Scenarios.Record;

namespace Siege.Report;

/// <summary>
/// A fidelity row in Chinese: what the record item is about, what the record says and what the run did. The English
/// is the row's own (<see cref="FidelityRow"/>). Shared by the report and the Chinese text of <c>siege run</c>.
/// </summary>
public static class FidelityWords
{
    /// <summary>What a record item is about, in Chinese, with the sides as the scenario names them.</summary>
    public static string Describe(Scenario scenario, RecordItem item) => item switch
    {
        SiegeEndItem => "围城结束",
        DurationItem => "围城天数",
        OffensiveItem o => $"第{o.Ordinal}次总攻",
        PositionLostItem lost => $"{PositionName(scenario, lost.Position)}失守",
        PositionHeldItem held => $"{PositionName(scenario, held.Position)}仍在{scenario.Sides.Defender.Name}手中",
        PositionLostByItem lostBy => $"{PositionName(scenario, lostBy.Position)}已落入{scenario.Sides.Attacker.Name}手中",
        PositionsHeldItem held => $"{SetName(scenario, held.Positions)}守住",
        PositionsLostItem lost => $"{SetName(scenario, lost.Positions)}首处失守",
        AssaultBeganItem assault => $"{PositionName(scenario, assault.Position)}首次遭攻击",
        SiegeEndReasonItem => "围城结束的原因",
        CasualtiesItem c => Casualties(scenario, c),
        _ => item.Id,
    };

    /// <summary>What the record says, in both languages.</summary>
    public static Bi Recorded(RecordItem item) => item switch
    {
        SiegeEndItem end => new($"{Fmt.Date(end.Date)}（±{end.ToleranceDays}天）", $"{Fmt.Date(end.Date)} (±{end.ToleranceDays} d)"),
        DurationItem d => new(Figures(d.Figures, "天"), Figures(d.Figures, " days")),
        OffensiveItem o => Bi.Same($"{Fmt.Date(o.Start)} – {Fmt.Date(o.End)}"),
        PositionLostItem lost => Bi.Same(Window(lost.From, lost.To)),
        PositionHeldItem held => new($"{Fmt.Date(held.Date)}仍守", $"held on {Fmt.Date(held.Date)}"),
        PositionLostByItem lostBy => new($"{Fmt.Date(lostBy.Date)}前失守", $"lost by {Fmt.Date(lostBy.Date)}"),
        PositionsHeldItem held => new($"守至{Fmt.Date(held.Through)}", $"held through {Fmt.Date(held.Through)}"),
        PositionsLostItem lost => Bi.Same(Window(lost.From, lost.To)),
        AssaultBeganItem assault => Bi.Same(Window(assault.From, assault.To)),
        SiegeEndReasonItem reason => new(string.Join("或", reason.Reasons.Select(Reason)), string.Join(" or ", reason.Reasons.Select(Fidelity.ReasonName))),
        CasualtiesItem c => new(Figures(c.Figures, "人"), Figures(c.Figures, "")),
        _ => Bi.Same(item.Id),
    };

    /// <summary>
    /// The fidelity row's simulated value in Chinese: dates and figures read the same, a position is named in Chinese
    /// alone, and the few words the fidelity table uses (never lost, held, lost, none, siege already over, the outcome
    /// of an unfallen city, why a row is not compared) translate.
    /// </summary>
    public static string Simulated(Scenario scenario, FidelityRow row)
    {
        if (row.Gap is { } gap) return Gap(gap);
        var text = row.Simulated;
        foreach (var p in scenario.Map.Positions) text = text.Replace($"{p.Name} ({p.NameEn})", p.Name, StringComparison.Ordinal);
        return Simulated(text);
    }

    private static readonly Dictionary<string, string> ReasonsZh =
        Enum.GetValues<SiegeEndReason>().ToDictionary(Fidelity.ReasonName, Reason, StringComparer.Ordinal);

    /// <summary>The words of a simulated value alone (no position names), in Chinese.</summary>
    public static string Simulated(string simulated) => simulated switch
    {
        "never lost" => "从未失守",
        "never assaulted" => "从未遭攻击",
        "held" => "守住",
        "lost" => "已失守",
        "none" => "无",
        "siege already over" => "围城已结束",
        _ when simulated.Split(" and ").All(ReasonsZh.ContainsKey) => string.Join("，", simulated.Split(" and ").Select(r => ReasonsZh[r])),
        _ when simulated.StartsWith("lost ", StringComparison.Ordinal) => "失守：" + simulated["lost ".Length..],
        _ when simulated.StartsWith("held on ", StringComparison.Ordinal) => "坚守至期限，" + simulated["held on ".Length..],
        _ when simulated.StartsWith("relieved on ", StringComparison.Ordinal) => "解围于" + simulated["relieved on ".Length..],
        _ => simulated,
    };

    /// <summary>Why a row is not compared, in Chinese.</summary>
    public static string Gap(ScopeGap gap) => gap.Kind switch
    {
        ScopeGapKind.ScopeUnknown => "范围不明，不作比较",
        ScopeGapKind.BelowSide => "此范围未建模：推演只统计整方的伤亡",
        ScopeGapKind.Categories => $"此范围未建模：推演不统计{string.Join("、", gap.Categories.Select(Category))}",
        ScopeGapKind.BeforeStart => $"此范围未建模：数字自{Fmt.Date(gap.Day!.Value)}起，早于推演开始",
        ScopeGapKind.NotByDay => "此范围未建模：未保存每日伤亡",
        ScopeGapKind.AssaultsNotReported => "未建模：推演不报告阵地首次遭攻击的时间",
        _ => "未建模：推演不报告围城结束的原因",
    };

    public static string Category(CasualtyKind kind) => kind switch
    {
        CasualtyKind.Killed => "阵亡",
        CasualtyKind.Wounded => "负伤",
        CasualtyKind.DiedOfWounds => "伤重不治",
        CasualtyKind.Sick => "患病",
        CasualtyKind.Captured => "被俘",
        _ => "失踪",
    };

    private static string Reason(SiegeEndReason reason) => reason switch
    {
        SiegeEndReason.Strength => "停火（兵力耗尽）",
        SiegeEndReason.Firepower => "停火（弹药耗尽）",
        SiegeEndReason.Lines => "停火（防线被突破）",
        SiegeEndReason.Relieved => "援军解围",
        _ => "坚守至推演期限",
    };

    /// <summary>A casualty item's scope in Chinese: <c>守军阵亡</c>, <c>日军伤亡（部队、日期、类别未载明）</c>.</summary>
    private static string Casualties(Scenario scenario, CasualtiesItem item)
    {
        var scope = item.Scope;
        var what = scope.Unknown.Contains(ScopeDimension.Categories) ? "伤亡" : string.Join("、", scope.Categories.Select(Category));
        var qualifiers = new List<string>();
        var side = item.Side == Side.Defender ? scenario.Forces.Defender : scenario.Forces.Attacker;
        if (!scope.Unknown.Contains(ScopeDimension.Formations) && !CasualtyScopes.CoversSide(side, scope.Formations))
            qualifiers.Add(string.Join("、", scope.Formations.Select(id => side.SelfAndDescendants().FirstOrDefault(u => u.Id == id)?.Name ?? id)));
        if (scope.From is not null || scope.To is not null)
            qualifiers.Add($"{(scope.From is { } from ? Fmt.Date(from) : "")}–{(scope.To is { } to ? Fmt.Date(to) : "")}");
        if (scope.TurnsOnWoundedPrisoners && scope.CapturedIncludesWounded is { } booked)
            qualifiers.Add(booked ? "被俘伤员计入被俘" : "被俘伤员计入负伤");
        if (!scope.IsKnown) qualifiers.Add(string.Join("、", scope.Unknown.Select(Dimension)) + "未载明");
        var name = scenario.Sides.Of(item.Side).Name + what;
        return qualifiers.Count == 0 ? name : $"{name}（{string.Join("；", qualifiers)}）";
    }

    private static string Dimension(ScopeDimension dimension) => dimension switch
    {
        ScopeDimension.Formations => "部队",
        ScopeDimension.Dates => "日期",
        ScopeDimension.Categories => "类别",
        _ => "被俘伤员的归属",
    };

    private static string SetName(Scenario scenario, TargetSet set)
    {
        var parts = set.Tiers.Select(Tier).Concat(set.PositionIds.Select(id => PositionName(scenario, id)));
        return string.Join("、", parts);
    }

    private static string Tier(Tier tier) => tier switch
    {
        Engine.Domain.Tier.Core => "核心阵地",
        Engine.Domain.Tier.Second => "第二线阵地",
        Engine.Domain.Tier.Main => "主阵地",
        Engine.Domain.Tier.Outpost => "独立据点",
        Engine.Domain.Tier.Warning => "警戒阵地",
        Engine.Domain.Tier.EastBank => "东岸阵地",
        _ => "集结地",
    };

    private static string Window(DateTime from, DateTime to) => from.Date == to.Date ? Fmt.Date(from) : $"{Fmt.Date(from)} – {Fmt.Date(to)}";

    private static string Figures(IEnumerable<RecordFigure> figures, string unit) =>
        string.Join(" / ", figures.Select(f => $"{Fmt.Count((long)Math.Round(f.Value))}{unit} [{f.Source}]"));

    private static string PositionName(Scenario scenario, string id) =>
        scenario.Map.Positions.FirstOrDefault(p => p.Id == id)?.Name ?? id;
}
