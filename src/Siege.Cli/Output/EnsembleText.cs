using System.Globalization;
using Siege.Engine.Domain;
using Siege.Ensembles;
using Siege.Report;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;
using Spectre.Console;

namespace Siege.Cli.Output;

/// <summary>The text of <c>siege ensemble</c>: each figure's median and 10th–90th percentile beside the record.</summary>
internal sealed class EnsembleText(LoadedScenario loaded, EnsembleSummary summary, CliOutput output)
{
    public void Write()
    {
        var s = loaded.Scenario;
        output.Out.WriteLine($"{s.Name} · {s.NameEn}: {summary.Runs:N0} runs, seeds {summary.Seed}–{summary.Seed + (ulong)Math.Max(0, summary.Runs - 1)}");
        WriteOverview();
        WriteEndReasons();
        WriteCasualties();
        WritePositions();
    }

    private void WriteOverview()
    {
        var table = new Table().Title("The siege").AddColumns("figure", "median", "10th–90th percentile", "record");
        if (summary.DurationDays is { } d)
            table.AddRow("length (days)", F(d.P50), $"{F(d.P10)} – {F(d.P90)}", Esc(Recorded<DurationItem>(i => string.Join(" / ", i.Figures.Select(f => $"{f.Value:0} [{f.Source}]")))));
        // Each only where the scenario's record gives its yardstick (a recorded length, an order to hold).
        if (summary.Record.DurationDays is { } recordedDays)
            table.AddRow($"P(holds ≥ {F(recordedDays)} days, as recorded)", P(summary.PHoldRecorded), "", "");
        if (summary.Record.OrderedDays is { } orderedDays)
            table.AddRow($"P(holds ≥ {F(orderedDays)} days, as ordered)", P(summary.PHoldOrdered), "", "");
        var offensives = loaded.Record.Items.OfType<OffensiveItem>().ToList();
        if (summary.Offensives.Count is { } count)
            table.AddRow("general offensives", count.P50.ToString(CultureInfo.InvariantCulture), "",
                offensives.Count == 0 ? "" : Esc($"{offensives.Count} [{string.Join(", ", offensives.SelectMany(o => o.Sources).Distinct(StringComparer.Ordinal))}]"));
        for (var k = 0; k < summary.Offensives.Starts.Length; k++)
        {
            var start = summary.Offensives.Starts[k];
            var recorded = offensives.FirstOrDefault(o => o.Ordinal == k + 1);
            table.AddRow($"offensive {k + 1} opens (day)", $"{F(start.P50)} ({Date(start.P50)})", $"{F(start.P10)} – {F(start.P90)}",
                recorded is null ? "" : Esc($"{recorded.Start:yyyy-MM-dd} [{string.Join(", ", recorded.Sources)}]"));
        }
        output.Console.Write(table);
    }

    private void WriteCasualties()
    {
        var table = new Table().Title("Casualties, each man once: median (10th–90th percentile)").AddColumns("side", "killed", "wounded", "captured", "record");
        foreach (var (name, side, stats) in new[] { ("defender", Side.Defender, summary.Casualties.Defender), ("attacker", Side.Attacker, summary.Casualties.Attacker) })
        {
            var recorded = loaded.Record.Items.OfType<CasualtiesItem>().Where(c => c.Side == side)
                .Select(c => $"{ScopeWords.What(loaded.Scenario, c)} {string.Join(" / ", c.Figures.Select(f => $"{f.Value:N0} [{f.Source}]"))}" +
                    (CasualtyScopes.Gap(loaded.Scenario, c) is { } gap ? $" ({ScopeWords.Gap(gap)})" : ""));
            table.AddRow(name, C(stats.Killed), C(stats.Wounded), C(stats.Captured), Esc(string.Join("; ", recorded)));
        }
        output.Console.Write(table);
        var wounded = new Table().Title("The wounded: median (10th–90th percentile)")
            .AddColumns("side", "ever wounded", "died of wounds (in killed)", "returned to duty", "captured wounded (in captured)");
        foreach (var (name, stats) in new[] { ("defender", summary.Casualties.Defender), ("attacker", summary.Casualties.Attacker) })
            wounded.AddRow(name, C(stats.WoundedEver), C(stats.DiedOfWounds), C(stats.ReturnedToDuty), C(stats.CapturedWounded));
        output.Console.Write(wounded);
        WriteKinds();
    }

    private void WriteEndReasons()
    {
        var table = new Table().Title("How the siege ended").AddColumns("end", "runs", "share");
        foreach (var r in summary.EndReasons)
            table.AddRow(Esc(EndWords.Parse(r.Reason) is { } reason ? EndWords.Reason(reason).En : "unknown (stored before reasons were kept)"),
                r.Runs.ToString("N0", CultureInfo.InvariantCulture), P(r.Share));
        output.Console.Write(table);
    }

    private void WriteKinds()
    {
        var table = new Table().Title("Men put out of action by kind of combat: mean per run")
            .AddColumns("kind of combat", "side", "killed", "wounded", "captured unwounded", "share of the side's");
        foreach (var (name, stats) in new[] { ("defender", summary.Casualties.Defender), ("attacker", summary.Casualties.Attacker) })
            foreach (var k in stats.ByKind.Where(k => k.Share > 0))
                table.AddRow(Esc(EndWords.ParseKind(k.Kind) is { } kind ? EndWords.Kind(kind).En : k.Kind), name,
                    k.KilledInAction.ToString("N0", CultureInfo.InvariantCulture), k.Wounded.ToString("N0", CultureInfo.InvariantCulture),
                    k.CapturedUnwounded.ToString("N0", CultureInfo.InvariantCulture), P(k.Share));
        if (table.Rows.Count > 0) output.Console.Write(table);
    }

    private void WritePositions()
    {
        var lost = loaded.Record.Items.OfType<PositionLostItem>().ToDictionary(i => i.Position, StringComparer.Ordinal);
        var table = new Table().Title("Positions: share of runs lost, and the day they fell").AddColumns("position", "tier", "lost in", "fall day: median", "10th–90th", "record");
        foreach (var p in summary.Positions.OrderByDescending(p => p.Tier == "staging" ? -1 : Array.IndexOf(Tiers, p.Tier)).ThenBy(p => p.FallDay?.P50 ?? double.MaxValue))
        {
            if (p.Tier == "staging") continue;
            var record = lost.TryGetValue(p.Id, out var item) ? $"{item.From:MM-dd}–{item.To:MM-dd} [{string.Join(", ", item.Sources)}]" : "";
            table.AddRow(Esc($"{p.Name} ({p.NameEn})"), p.Tier, P(p.PLost),
                p.FallDay is { } f ? $"{F(f.P50)} ({Date(f.P50)})" : "", p.FallDay is { } g ? $"{F(g.P10)} – {F(g.P90)}" : "", Esc(record));
        }
        output.Console.Write(table);
    }

    private static readonly string[] Tiers = ["staging", "eastBank", "warning", "outpost", "main", "second", "core"];

    private string Recorded<T>(Func<T, string> describe) where T : RecordItem =>
        string.Join("; ", loaded.Record.Items.OfType<T>().Select(describe));

    private string Date(double day) => loaded.Scenario.Start.AddDays(day).ToString("dd MMM", CultureInfo.InvariantCulture);

    private static string C(CountPercentiles? c) => c is null ? "" : $"{c.P50:N0} ({c.P10:N0}–{c.P90:N0})";

    private static string F(double x) => double.IsNaN(x) ? "?" : x.ToString("0.0", CultureInfo.InvariantCulture);

    private static string P(double? x) => x is { } v ? v.ToString("P1", CultureInfo.InvariantCulture) : "";

    private static string Esc(string text) => Markup.Escape(text);
}
