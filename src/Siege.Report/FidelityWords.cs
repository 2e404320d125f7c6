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
        CasualtiesItem c => scenario.Sides.Of(c.Side).Name + c.Category switch
        {
            CasualtyCategory.Killed => "阵亡",
            CasualtyCategory.Wounded => "负伤",
            CasualtyCategory.Captured => "被俘",
            CasualtyCategory.KilledAndWounded => "伤亡（阵亡与负伤）",
            _ => "损失（各类合计）",
        },
        _ => item.Id,
    };

    /// <summary>What the record says, in both languages.</summary>
    public static Bi Recorded(RecordItem item) => item switch
    {
        SiegeEndItem end => new($"{Fmt.Date(end.Date)}（±{end.ToleranceDays}天）", $"{Fmt.Date(end.Date)} (±{end.ToleranceDays} d)"),
        DurationItem d => new(Figures(d.Figures, "天"), Figures(d.Figures, " days")),
        OffensiveItem o => Bi.Same($"{Fmt.Date(o.Start)} – {Fmt.Date(o.End)}"),
        PositionLostItem lost => Bi.Same(lost.From.Date == lost.To.Date ? Fmt.Date(lost.From) : $"{Fmt.Date(lost.From)} – {Fmt.Date(lost.To)}"),
        PositionHeldItem held => new($"{Fmt.Date(held.Date)}仍守", $"held on {Fmt.Date(held.Date)}"),
        CasualtiesItem c => new(Figures(c.Figures, "人"), Figures(c.Figures, "")),
        _ => Bi.Same(item.Id),
    };

    /// <summary>
    /// The fidelity row's simulated value in Chinese: dates and figures read the same, and the few words the
    /// fidelity table uses (never lost, held, lost, none, siege already over, the outcome of an unfallen city) translate.
    /// </summary>
    public static string Simulated(string simulated) => simulated switch
    {
        "never lost" => "从未失守",
        "held" => "守住",
        "lost" => "已失守",
        "none" => "无",
        "siege already over" => "围城已结束",
        _ when simulated.StartsWith("held on ", StringComparison.Ordinal) => "坚守至期限，" + simulated["held on ".Length..],
        _ when simulated.StartsWith("relieved on ", StringComparison.Ordinal) => "解围于" + simulated["relieved on ".Length..],
        _ => simulated,
    };

    private static string Figures(IEnumerable<RecordFigure> figures, string unit) =>
        string.Join(" / ", figures.Select(f => $"{Fmt.Count((long)Math.Round(f.Value))}{unit} [{f.Source}]"));

    private static string PositionName(Scenario scenario, string id) =>
        scenario.Map.Positions.FirstOrDefault(p => p.Id == id)?.Name ?? id;
}
