using System.Text.Json;
using System.Text.RegularExpressions;
using Siege.Cli.Output;
using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Ensembles;
using Siege.Report;
using Siege.Scenarios.Loading;
using Siege.Trace;

namespace Siege.Cli.Tests.Output;

/// <summary>
/// Every way a run ends and every kind of combat, pushed through the text of <c>siege run</c> in both languages, its
/// JSON, and the text of <c>siege ensemble</c> over a store holding them all: each is told in words of its own (a new
/// member of <see cref="EndReason"/> or <see cref="CombatKind"/> fails here until every host tells it).
/// </summary>
public sealed partial class EveryEndAndKindTests
{
    private static readonly LoadedScenario Loaded = ScenarioLoader.LoadEmbedded().Scenario!;
    private static readonly IReadOnlyList<RunResult> Runs = EveryKind.RunsOfEveryEnd(SiegeModel.Compile(Loaded.Scenario).Run(1));
    private static readonly CombatKind[] Kinds = Enum.GetValues<CombatKind>();

    public static TheoryData<Language> Languages() => [Language.English, Language.Chinese];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_run_text_says_why_each_run_ended_in_words_of_its_own(Language language)
    {
        // The third line: "<start> to <end>: <outcome> after <days> days (<why>)".
        var outcomes = Runs.Select(run => RunText(run, language).Split('\n')[2]).ToList();
        foreach (var (run, line) in Runs.Zip(outcomes))
        {
            var words = EndWords.Reason(run.EndReason);
            Assert.Contains(language == Language.Chinese ? words.Zh : words.En, line);
            if (language == Language.Chinese) Assert.DoesNotMatch(Latin(), line);
        }
        Assert.Equal(Runs.Count, outcomes.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_run_text_names_every_kind_of_combat_that_put_men_out_of_action(Language language)
    {
        var text = RunText(Runs[0], language);
        foreach (var kind in Kinds)
        {
            var words = EndWords.Kind(kind);
            Assert.Contains(language == Language.Chinese ? words.Zh : words.En, text);
            // The member's name never stands in for Chinese words (FireFight, CloseCombat, Counterattack, …).
            if (language == Language.Chinese) Assert.DoesNotContain(kind.ToString(), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_run_json_gives_each_end_reason_and_kind_of_combat_its_own_id_with_its_counts()
    {
        var reasons = new List<string>();
        foreach (var run in Runs)
        {
            using var json = JsonDocument.Parse(RunJson.Serialize(Loaded, new RunProvenance(Loaded.ContentHash, null), run));
            var reason = json.RootElement.GetProperty("endReason").GetString()!;
            Assert.Equal(run.EndReason, EndWords.Parse(reason));
            reasons.Add(reason);

            var byKind = json.RootElement.GetProperty("casualties").GetProperty("attacker").GetProperty("byKind").EnumerateArray().ToList();
            Assert.Equal(Kinds.Select(EndWords.Id), byKind.Select(k => k.GetProperty("kind").GetString()));
            // LossesOfEveryKind at scale 2: the n-th kind killed 20n attackers outright and wounded 48n (24n of LossesOfEveryKind's scale 1).
            Assert.Equal(Kinds.Select((_, k) => (20 * (k + 1), 48 * (k + 1))),
                byKind.Select(k => (k.GetProperty("killedInAction").GetInt32(), k.GetProperty("wounded").GetInt32())));
        }
        Assert.Equal(Runs.Count, reasons.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_ensemble_text_names_every_end_reason_and_kind_of_combat_the_store_gives_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"siege-cli-kinds-{Guid.NewGuid():N}.db");
        try
        {
            EnsembleSummary summary;
            using (var store = RunStore.Open(path))
            {
                var key = EnsembleKey.Of(Loaded);
                store.Write(key, [.. Runs.Select(StoredRun.From)]);
                summary = Aggregator.Summarize(store, Loaded, key, SeedRange.Of(1, Runs.Count));
            }
            var output = new StringWriter();
            new EnsembleText(Loaded, summary, new CliOutput(output, new StringWriter())).Write();
            var text = output.ToString();

            // The table of how the siege ended comes before the casualties; every run kept its reason, so none is unknown.
            var ends = text[text.IndexOf("How the siege ended", StringComparison.Ordinal)..text.IndexOf("Casualties, each man once", StringComparison.Ordinal)];
            foreach (var reason in Enum.GetValues<EndReason>()) Assert.Contains(EndWords.Reason(reason).En, ends);
            Assert.DoesNotContain("unknown", ends, StringComparison.OrdinalIgnoreCase);
            var kinds = text[text.IndexOf("by kind of combat", StringComparison.Ordinal)..];
            foreach (var kind in Kinds) Assert.Contains(EndWords.Kind(kind).En, kinds);
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    private static string RunText(RunResult run, Language language)
    {
        var output = new StringWriter();
        new RunText(Loaded, null, run, new CliOutput(output, new StringWriter()), language).Write();
        return output.ToString().Replace("\r\n", "\n");
    }

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
