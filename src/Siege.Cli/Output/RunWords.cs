using System.Globalization;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Report;
using Siege.Scenarios.Record;
using Siege.Trace;

namespace Siege.Cli.Output;

/// <summary>
/// Every word of <c>siege run</c>'s text in one language (<c>--lang</c>). The English is the text as it has always
/// been; the Chinese names the sides as the scenario does (<see cref="Scenario.Sides"/>) and writes place names in
/// Chinese alone.
/// </summary>
internal abstract class RunWords
{
    public static RunWords For(Language language, Scenario scenario) =>
        language == Language.Chinese ? new ChineseRunWords(scenario) : new EnglishRunWords(scenario);

    /// <summary>The chronicle's sentence for an entry (null: too routine to tell).</summary>
    public abstract EventText Events { get; }

    public abstract string Title(RunResult run);

    /// <summary>What the run is a run of: the scenario and its content hash, and the variant or that there is none.</summary>
    public abstract string Provenance(Scenario scenario, string scenarioHash, Siege.Scenarios.Variants.Variant? variant);

    public abstract string Outcome(RunResult run);

    public abstract string Day(RunResult run, DailySnapshot day);

    public abstract string CasualtiesTitle { get; }
    /// <summary>Killed (of whom died of wounds), still wounded, captured (of whom wounded), returned to duty, total.</summary>
    public abstract string[] CasualtyColumns { get; }
    public abstract string KindsTitle { get; }
    public abstract string[] KindColumns { get; }
    public abstract string Kind(CombatKind kind);
    public abstract string SideName(Side side);

    public abstract string NoRecord { get; }
    public abstract string FidelityTitle { get; }
    public abstract string[] FidelityColumns { get; }

    /// <summary>A fidelity row's item, recorded and simulated values (the row is the English of <paramref name="item"/>).</summary>
    public abstract (string Item, string Recorded, string Simulated) Fidelity(RecordItem item, FidelityRow row);

    /// <summary>The match column: yes, no, or that the row is not compared (why is in its simulated column).</summary>
    public abstract string Match(FidelityVerdict verdict);

    /// <summary>The line under the table: how many items compared matched, and how many were not compared and why.</summary>
    public abstract string Matched(FidelityTally tally);

    /// <summary>A content hash as the text shows it: its first 16 hex digits, as many as a run's state hash.</summary>
    protected static string Short(string hash) => hash.Length > 16 ? hash[..16] : hash;

    protected static string Date(DateTime t) => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

internal sealed class EnglishRunWords(Scenario scenario) : RunWords
{
    public override EventText Events { get; } = new(Language.English, new ScenarioNames(scenario).ForEnglishChronicle, scenario.Sides);

    public override string Title(RunResult run) => $"{scenario.Name} · {scenario.NameEn} — seed {run.Seed}, hash {run.HashHex}";

    public override string Provenance(Scenario s, string scenarioHash, Siege.Scenarios.Variants.Variant? variant) =>
        $"scenario {s.Id}, content hash {Short(scenarioHash)}; " +
        (variant is null ? "baseline (no variant)" : $"variant {variant.Id} ({variant.NameEn}), content hash {Short(variant.ContentHash)}");

    public override string Outcome(RunResult run) =>
        $"{Date(run.Start)} to {Date(run.End)}: {run.Outcome.ToString().ToLowerInvariant()} after {run.DurationDays:0.0} days ({EndWords.Reason(run.EndReason).En})";

    public override string Day(RunResult run, DailySnapshot day) =>
        $"Day {day.Day + 1,2}  {run.Start.AddDays(day.Day):yyyy-MM-dd}  defenders {day.DefenderCombatants,6:N0} (reserve {day.DefenderReserve,5:N0})  attackers {day.AttackerInfantry,6:N0}  " +
        $"firepower {day.DefenderFirepower,4:P0}  shells {day.AttackerShells,6:N0}  positions held {day.PositionsHeldByDefender,2}{(day.OffensiveActive ? "  [offensive]" : "")}";

    public override string CasualtiesTitle => "Casualties";
    public override string[] CasualtyColumns => ["side", "killed (died of wounds)", "wounded", "captured (wounded)", "returned to duty", "total"];
    public override string KindsTitle => "Men put out of action, by kind of combat";
    public override string[] KindColumns => ["kind of combat", "side", "killed", "wounded", "captured unwounded"];
    public override string Kind(CombatKind kind) => EndWords.Kind(kind).En;
    public override string SideName(Side side) => side == Side.Defender ? "defender" : "attacker";

    public override string NoRecord => "This scenario has no historical record to compare with.";
    public override string FidelityTitle => "Fidelity: the record against this run";
    public override string[] FidelityColumns => ["item", "recorded", "simulated", "ok", "source"];
    public override (string Item, string Recorded, string Simulated) Fidelity(RecordItem item, FidelityRow row) => (row.Description, row.Recorded, row.Simulated);
    public override string Match(FidelityVerdict verdict) => verdict switch
    {
        FidelityVerdict.Match => "yes",
        FidelityVerdict.Miss => "no",
        _ => "–",
    };

    public override string Matched(FidelityTally tally)
    {
        if (tally.NotCompared == 0) return $"{tally.Matched} of {tally.Compared} record items matched.";
        var why = new[] { (tally.ScopeUnknown, "of unknown scope"), (tally.NotModelled, "not modelled at their scope") }.Where(w => w.Item1 > 0).Select(w => $"{w.Item1} {w.Item2}");
        return $"{tally.Matched} of the {tally.Compared} record items compared matched; {tally.NotCompared} not compared ({string.Join(", ", why)}).";
    }
}

internal sealed class ChineseRunWords(Scenario scenario) : RunWords
{
    private readonly string _defender = scenario.Sides.Defender.Name;
    private readonly string _attacker = scenario.Sides.Attacker.Name;

    public override EventText Events { get; } = EventText.For(scenario, Language.Chinese);

    public override string Title(RunResult run) => $"{scenario.Name} — 种子{run.Seed}，状态哈希{run.HashHex}";

    public override string Provenance(Scenario s, string scenarioHash, Siege.Scenarios.Variants.Variant? variant) =>
        $"剧本 {s.Id}，内容哈希{Short(scenarioHash)}；" +
        (variant is null ? "基线（未用假设）" : $"假设 {variant.Id}（{variant.Name}），内容哈希{Short(variant.ContentHash)}");

    public override string Outcome(RunResult run) =>
        $"{Date(run.Start)} 至 {Date(run.End)}：{OutcomeName(run.Outcome)}，历时{run.DurationDays:0.0}天（{EndWords.Reason(run.EndReason).Zh}）";

    private string OutcomeName(Outcome outcome) => outcome switch
    {
        Engine.Results.Outcome.Fell => $"{_defender}停止抵抗",
        Engine.Results.Outcome.Relieved => "援军解围",
        _ => "坚守至推演期限",
    };

    public override string Day(RunResult run, DailySnapshot day) =>
        $"第{day.Day + 1,2}天  {run.Start.AddDays(day.Day):yyyy-MM-dd}  {_defender}{day.DefenderCombatants,6:N0}人（预备队{day.DefenderReserve,5:N0}）  {_attacker}突击步兵{day.AttackerInfantry,6:N0}人  " +
        $"火力{day.DefenderFirepower,4:P0}  存弹{day.AttackerShells,6:N0}发  据守阵地{day.PositionsHeldByDefender,2}处{(day.OffensiveActive ? "  [总攻中]" : "")}";

    public override string CasualtiesTitle => "伤亡";
    public override string[] CasualtyColumns => ["方", "阵亡（伤重死亡）", "负伤", "被俘（伤员）", "伤愈归队", "合计"];
    public override string KindsTitle => "按作战方式分的失去战斗力人数";
    public override string[] KindColumns => ["作战方式", "方", "阵亡", "负伤", "未伤被俘"];
    public override string Kind(CombatKind kind) => EndWords.Kind(kind).Zh;
    public override string SideName(Side side) => scenario.Sides.Of(side).Name;

    public override string NoRecord => "本剧本没有可供对照的史载。";
    public override string FidelityTitle => "史实对照：史载与本次推演";
    public override string[] FidelityColumns => ["项目", "史载", "推演", "相符", "来源"];
    public override (string Item, string Recorded, string Simulated) Fidelity(RecordItem item, FidelityRow row) =>
        (FidelityWords.Describe(scenario, item), FidelityWords.Recorded(item).Zh, FidelityWords.Simulated(scenario, row));

    public override string Match(FidelityVerdict verdict) => verdict switch
    {
        FidelityVerdict.Match => "是",
        FidelityVerdict.Miss => "否",
        _ => "–",
    };

    public override string Matched(FidelityTally tally)
    {
        if (tally.NotCompared == 0) return $"与史载相符{tally.Matched}项，共{tally.Compared}项。";
        var why = new[] { (tally.ScopeUnknown, "范围不明"), (tally.NotModelled, "此范围未建模") }.Where(w => w.Item1 > 0).Select(w => $"{w.Item2}{w.Item1}项");
        return $"比较{tally.Compared}项，与史载相符{tally.Matched}项；另有{tally.NotCompared}项未作比较（{string.Join("，", why)}）。";
    }
}
