using System.Globalization;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Report;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;
using Siege.Scenarios.Variants;
using Siege.Trace;
using Spectre.Console;

namespace Siege.Cli.Output;

/// <summary>
/// The text of <c>siege run</c>: what the run is (scenario, variant, their hashes), a day-by-day chronicle, the
/// casualties and the fidelity table, in English or Chinese (<see cref="RunWords"/>).
/// </summary>
internal sealed class RunText(LoadedScenario loaded, Variant? variant, RunResult run, CliOutput output, Language language)
{
    private static readonly ChronicleKind[] TooRoutineForTheChronicle = [ChronicleKind.AlliedAirSupport];
    private readonly RunWords _words = RunWords.For(language, loaded.Scenario);

    public void Write()
    {
        var w = output.Out;
        w.WriteLine(_words.Title(run));
        w.WriteLine(_words.Provenance(loaded.Scenario, loaded.ContentHash, variant));
        w.WriteLine(_words.Outcome(run));
        w.WriteLine();
        WriteChronicle(w);
        w.WriteLine();
        WriteCasualties();
        WriteFidelity();
        Cdb90Comparison.Write(loaded.RelatedCdb90Battles, run, output.Console, language, loaded.Scenario.Sides);
    }

    private void WriteChronicle(TextWriter w)
    {
        var byDay = run.Chronicle.GroupBy(e => e.Hour / 24).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var day in run.Days)
        {
            var lines = byDay.TryGetValue(day.Day, out var entries)
                ? entries.Where(e => !TooRoutineForTheChronicle.Contains(e.Kind)).Select(e => (e.Hour, Text: _words.Events.Describe(e))).Where(l => l.Text is not null).ToList()
                : [];
            w.WriteLine(_words.Day(run, day));
            foreach (var (hour, text) in lines)
                w.WriteLine($"          {run.Start.AddHours(hour):HH:mm}  {text}");
        }
    }

    private void WriteCasualties()
    {
        var table = new Table().Title(_words.CasualtiesTitle).AddColumns(_words.CasualtyColumns);
        foreach (var (side, ledger) in new[] { (Side.Defender, run.Defender), (Side.Attacker, run.Attacker) })
        {
            var c = ledger.Casualties;
            table.AddRow(Markup.Escape(_words.SideName(side)), $"{N(c.Killed)} ({N(c.DiedOfWounds)})", N(c.Wounded),
                $"{N(c.Captured)} ({N(c.CapturedWounded)})", N(c.ReturnedToDuty), N(c.Total));
        }
        output.Console.Write(table);
        WriteKinds();
    }

    /// <summary>Each kind of combat that put men out of action: killed outright, ever wounded, captured unwounded.</summary>
    private void WriteKinds()
    {
        var table = new Table().Title(_words.KindsTitle).AddColumns(_words.KindColumns);
        foreach (var kind in Enum.GetValues<CombatKind>())
            foreach (var (side, ledger) in new[] { (Side.Defender, run.Defender), (Side.Attacker, run.Attacker) })
            {
                var c = ledger.Of(kind);
                if (c.KilledInAction + c.WoundedEver + c.CapturedUnwounded == 0) continue;
                table.AddRow(Markup.Escape(_words.Kind(kind)), Markup.Escape(_words.SideName(side)), N(c.KilledInAction), N(c.WoundedEver), N(c.CapturedUnwounded));
            }
        if (table.Rows.Count > 0) output.Console.Write(table);
    }

    private void WriteFidelity()
    {
        var rows = Fidelity.Compare(loaded.Scenario, loaded.Record, run);
        if (rows.Count == 0)
        {
            output.Out.WriteLine(_words.NoRecord);
            return;
        }
        var table = new Table().Title(_words.FidelityTitle).AddColumns(_words.FidelityColumns);
        // Fidelity.Compare gives one row per record item, in the record's order.
        foreach (var (item, r) in loaded.Record.Items.Zip(rows))
        {
            var (what, recorded, simulated) = _words.Fidelity(item, r);
            table.AddRow(Markup.Escape(what), Markup.Escape(recorded), Markup.Escape(simulated), _words.Match(r.Verdict), Markup.Escape(string.Join(", ", r.Sources)));
        }
        output.Console.Write(table);
        output.Out.WriteLine(_words.Matched(FidelityTally.Of(rows)));
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
