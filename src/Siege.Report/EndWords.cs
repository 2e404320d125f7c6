using Siege.Engine.Results;
using Siege.Report.Html;

namespace Siege.Report;

/// <summary>
/// The words for why a siege ended and for each kind of combat, in both languages, for every host (run text and
/// JSON, ensemble text, the report): one switch each, so a new member fails to compile here rather than showing a
/// type name to a reader.
/// </summary>
public static class EndWords
{
    /// <summary>Why a run ended, as a phrase after "ended:".</summary>
    public static Bi Reason(EndReason reason) => reason switch
    {
        EndReason.Horizon => new("坚守至剧本终点", "held to the scenario's horizon"),
        EndReason.Relieved => new("援军突破解围", "relieved by a relief force"),
        EndReason.NoLineHeld => new("三道防线尽失", "no position of the three lines held"),
        EndReason.StrengthSpent => new("兵力耗尽而停火", "cease-fire, the garrison's strength spent"),
        EndReason.FirepowerSpent => new("弹药耗尽而停火", "cease-fire, the garrison's ammunition spent"),
        EndReason.LinesBroken => new("防线被突破而停火", "cease-fire, the garrison's lines broken"),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The id of a reason in JSON and in the run store: the member's name in camel case.</summary>
    public static string Id(EndReason reason) => Camel(reason.ToString());

    /// <summary>The reason of an id of <see cref="Id(EndReason)"/>; null for one this program does not know ("unknown": not kept).</summary>
    public static EndReason? Parse(string id) => Enum.GetValues<EndReason>().Where(r => Id(r) == id).Select(r => (EndReason?)r).FirstOrDefault();

    public static Bi Kind(CombatKind kind) => kind switch
    {
        CombatKind.Bombardment => new("炮击", "bombardment"),
        CombatKind.FireFight => new("火力交战", "fire fight"),
        CombatKind.CloseCombat => new("白刃近战", "close combat"),
        CombatKind.Counterattack => new("守军反击", "counter-attacks"),
        CombatKind.Gas => new("毒气", "gas"),
        CombatKind.Overrun => new("阵地被攻破", "overrun"),
        CombatKind.AirRaid => new("空袭", "air raid"),
        CombatKind.AlliedAir => new("友军空中支援", "allied air"),
        CombatKind.Relief => new("援军作战", "relief fighting"),
        CombatKind.Surrender => new("停火投降", "surrender"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The id of a kind in JSON: the member's name in camel case.</summary>
    public static string Id(CombatKind kind) => Camel(kind.ToString());

    public static CombatKind? ParseKind(string id) => Enum.GetValues<CombatKind>().Where(k => Id(k) == id).Select(k => (CombatKind?)k).FirstOrDefault();

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
