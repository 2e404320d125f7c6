using Siege.Engine.Results;
using Siege.Engine.Simulation;
using Siege.Ensembles;
using Siege.Report.Html;
using Siege.Report.Sections;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Record;

namespace Siege.Report.Tests;

/// <summary>
/// Every way a run ends and every kind of combat has words of its own in both languages (<see cref="EndWords"/>, which
/// the run text, the run JSON, the ensemble text and the report all use), and the report's ensemble tables name each
/// as the run store and the summary give it: a new member of <see cref="EndReason"/> or <see cref="CombatKind"/>
/// fails here until it has words, instead of showing a type name or an id to a reader.
/// </summary>
public sealed class EveryEndAndKindTests
{
    private static readonly LoadedScenario Loaded = ScenarioLoader.LoadEmbedded().Scenario!;

    public static TheoryData<EndReason> Reasons() => [.. Enum.GetValues<EndReason>()];

    public static TheoryData<CombatKind> Kinds() => [.. Enum.GetValues<CombatKind>()];

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Every_end_reason_has_words_in_both_languages_and_an_id_that_reads_back(EndReason reason)
    {
        AssertWords(EndWords.Reason(reason), reason.ToString());
        Assert.Equal(reason, EndWords.Parse(EndWords.Id(reason)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_of_combat_has_words_in_both_languages_and_an_id_that_reads_back(CombatKind kind)
    {
        AssertWords(EndWords.Kind(kind), kind.ToString());
        Assert.Equal(kind, EndWords.ParseKind(EndWords.Id(kind)));
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void The_fidelity_table_tells_every_end_reason_in_Chinese(EndReason reason)
    {
        var item = new SiegeEndReasonItem("any", ["GUESS"], null, null, [.. Enum.GetValues<SiegeEndReason>()]);
        var run = SiegeModel.Compile(Loaded.Scenario).Run(1) with { EndReason = reason };
        var row = Fidelity.Compare(Loaded.Scenario, new HistoricalRecord([item]), run).Single();
        var chinese = FidelityWords.Simulated(Loaded.Scenario, row);
        Assert.True(chinese.Any(IsChinese) && !chinese.Any(char.IsAsciiLetter), $"the fidelity table tells {reason} as '{chinese}'");
    }

    [Fact]
    public void No_two_end_reasons_or_kinds_of_combat_share_words_or_an_id()
    {
        AssertDistinct(Enum.GetValues<EndReason>().Select(r => (EndWords.Reason(r), EndWords.Id(r))));
        AssertDistinct(Enum.GetValues<CombatKind>().Select(k => (EndWords.Kind(k), EndWords.Id(k))));
    }

    [Fact]
    public void The_ensemble_tables_name_every_end_reason_and_kind_of_combat_the_store_gives_them()
    {
        var runs = EveryKind.RunsOfEveryEnd(SiegeModel.Compile(Loaded.Scenario).Run(1));
        var path = Path.Combine(Path.GetTempPath(), $"siege-report-kinds-{Guid.NewGuid():N}.db");
        try
        {
            EnsembleSummary summary;
            using (var store = RunStore.Open(path))
            {
                var key = EnsembleKey.Of(Loaded);
                store.Write(key, [.. runs.Select(StoredRun.From)]);
                summary = Aggregator.Summarize(store, Loaded, key, SeedRange.Of(1, runs.Count));
            }

            var ends = DistributionSection.EndReasons(summary.EndReasons).Select(row => row[0]).ToList();
            Assert.Equal(Enum.GetValues<EndReason>().Select(r => Markup.Span(EndWords.Reason(r))), ends);

            // Each side's rows, in the kinds' order: the words of the kind, never its id.
            var kinds = DistributionSection.Kinds(summary.Casualties, Loaded.Scenario.Sides).Select(row => row[0]).ToList();
            var expected = Enum.GetValues<CombatKind>().Select(k => Markup.Span(EndWords.Kind(k))).ToList();
            Assert.Equal([.. expected, .. expected], kinds);
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    /// <summary>Chinese with no Latin letters in it, English with no Chinese, neither empty nor the member's name.</summary>
    private static void AssertWords(Bi words, string name)
    {
        Assert.False(string.IsNullOrWhiteSpace(words.Zh) || string.IsNullOrWhiteSpace(words.En), $"no words for {name}");
        Assert.True(words.Zh.Any(IsChinese) && !words.Zh.Any(char.IsAsciiLetter), $"the Chinese for {name} is not Chinese: '{words.Zh}'");
        Assert.False(words.En.Any(IsChinese) || words.En == name || words.En.Contains("unknown", StringComparison.OrdinalIgnoreCase),
            $"the English for {name} is not words: '{words.En}'");
    }

    private static void AssertDistinct(IEnumerable<(Bi Words, string Id)> members)
    {
        var all = members.ToList();
        Assert.Equal(all.Count, all.Select(m => m.Words.Zh).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Count, all.Select(m => m.Words.En).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Count, all.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count());
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';
}
