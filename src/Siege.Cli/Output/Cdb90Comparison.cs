using System.Globalization;
using Siege.Analysis.Battles;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Trace;
using Spectre.Console;

namespace Siege.Cli.Output;

/// <summary>
/// A run set beside the CDB90 rows its scenario names: strengths, casualties and length, side by side, in English or
/// in Chinese (the battles' names stay as CDB90 writes them).
/// </summary>
internal static class Cdb90Comparison
{
    public static void Write(IReadOnlyList<int> battleIds, RunResult run, IAnsiConsole console, Language language, SideNames sides)
    {
        if (battleIds.Count == 0) return;
        var zh = language == Language.Chinese;
        var (a, d) = (Markup.Escape(sides.Attacker.Name), Markup.Escape(sides.Defender.Name));
        var battles = Cdb90.Load().Where(b => battleIds.Contains(b.Id)).OrderBy(b => b.Id).ToList();
        var table = zh
            ? new Table().Title("本次推演与 CDB90 对照（J. B. Arnold 修订，ODC-BY 1.0）")
                .AddColumns("", "日期", "天数", $"{a}兵力", $"{a}伤亡", $"{d}兵力", $"{d}伤亡")
            : new Table().Title("This run beside CDB90 (revised by J. B. Arnold, ODC-BY 1.0)")
                .AddColumns("", "dates", "days", "attacker strength", "attacker casualties", "defender strength", "defender casualties");
        foreach (var b in battles)
        {
            table.AddRow(
                Markup.Escape($"CDB90 {b.Id}: {b.Name}"),
                $"{b.Start:yyyy-MM-dd} – {b.End:yyyy-MM-dd}",
                N(b.Days),
                N(b.Attacker.InitialStrength ?? b.Attacker.TotalEngaged),
                N(b.Attacker.Casualties),
                N(b.Defender.InitialStrength ?? b.Defender.TotalEngaged),
                N(b.Defender.Casualties));
        }
        table.AddRow(
            zh ? "本次推演" : "this run",
            $"{run.Start:yyyy-MM-dd} – {run.End:yyyy-MM-dd}",
            run.DurationDays.ToString("0.0", CultureInfo.InvariantCulture),
            N(run.Attacker.Initial + run.Attacker.Arrived),
            N(run.Attacker.Casualties.Total),
            N(run.Defender.Initial + run.Defender.Arrived),
            N(run.Defender.Casualties.Total));
        console.Write(table);
        console.WriteLine(zh
            ? $"CDB90 各行是战役的分阶段，各有其兵力；本次推演是整个战役（{sides.Attacker.Name}兵力：到达的全部人数）。"
            : "CDB90 rows are sub-phases with their own strengths; the run is the whole battle (attacker strength: all men landed).");
    }

    private static string N(int? n) => n is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "?";
}
