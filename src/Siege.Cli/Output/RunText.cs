using System.Globalization;
using Siege.Engine.Results;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;
using Siege.Trace;
using Spectre.Console;

namespace Siege.Cli.Output;

/// <summary>The text of <c>siege run</c>: a day-by-day chronicle, the casualties and the fidelity table.</summary>
internal sealed class RunText(LoadedScenario loaded, RunResult run, CliOutput output)
{
    private static readonly ChronicleKind[] TooRoutineForTheChronicle = [ChronicleKind.AlliedAirSupport];
    private readonly EventText _text = new(Language.English, new ScenarioNames(loaded.Scenario).ForEnglishChronicle);

    public void Write()
    {
        var s = loaded.Scenario;
        var w = output.Out;
        w.WriteLine($"{s.Name} · {s.NameEn} — seed {run.Seed}, hash {run.HashHex}");
        w.WriteLine($"{Date(run.Start)} to {Date(run.End)}: {run.Outcome.ToString().ToLowerInvariant()} after {run.DurationDays:0.0} days");
        w.WriteLine();
        WriteChronicle(w);
        w.WriteLine();
        WriteCasualties();
        WriteFidelity();
        Cdb90Comparison.Write(loaded.RelatedCdb90Battles, run, output.Console);
    }

    private void WriteChronicle(TextWriter w)
    {
        var byDay = run.Chronicle.GroupBy(e => e.Hour / 24).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var day in run.Days)
        {
            var lines = byDay.TryGetValue(day.Day, out var entries)
                ? entries.Where(e => !TooRoutineForTheChronicle.Contains(e.Kind)).Select(e => (e.Hour, Text: _text.Describe(e))).Where(l => l.Text is not null).ToList()
                : [];
            var date = run.Start.AddDays(day.Day);
            w.WriteLine(
                $"Day {day.Day + 1,2}  {date:yyyy-MM-dd}  defenders {day.DefenderCombatants,6:N0} (reserve {day.DefenderReserve,5:N0})  attackers {day.AttackerInfantry,6:N0}  " +
                $"firepower {day.DefenderFirepower,4:P0}  shells {day.AttackerShells,6:N0}  positions held {day.PositionsHeldByDefender,2}{(day.OffensiveActive ? "  [offensive]" : "")}");
            foreach (var (hour, text) in lines)
                w.WriteLine($"          {run.Start.AddHours(hour):HH:mm}  {text}");
        }
    }

    private void WriteCasualties()
    {
        var table = new Table().Title("Casualties").AddColumns("side", "killed", "wounded", "captured", "total");
        foreach (var (side, ledger) in new[] { ("defender", run.Defender), ("attacker", run.Attacker) })
        {
            var c = ledger.Casualties;
            table.AddRow(side, N(c.Killed), N(c.Wounded), N(c.Captured), N(c.Total));
        }
        output.Console.Write(table);
    }

    private void WriteFidelity()
    {
        var rows = Fidelity.Compare(loaded.Scenario, loaded.Record, run);
        if (rows.Count == 0)
        {
            output.Out.WriteLine("This scenario has no historical record to compare with.");
            return;
        }
        var table = new Table().Title("Fidelity: the record against this run").AddColumns("item", "recorded", "simulated", "ok", "source");
        foreach (var r in rows)
            table.AddRow(Markup.Escape(r.Description), Markup.Escape(r.Recorded), Markup.Escape(r.Simulated), r.Ok ? "yes" : "no", Markup.Escape(string.Join(", ", r.Sources)));
        output.Console.Write(table);
        output.Out.WriteLine($"{rows.Count(r => r.Ok)} of {rows.Count} record items matched.");
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Date(DateTime t) => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
