using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Scenarios.Loading;

namespace Siege.Trace.Tests;

/// <summary>Every kind of chronicle entry is told in both languages, the Chinese with the scenario's names for the sides.</summary>
public sealed class EveryChronicleKindTests
{
    private static readonly Scenario Hengyang = ScenarioLoader.LoadEmbedded().Scenario!.Scenario;

    public static TheoryData<ChronicleKind> Kinds() => [.. Enum.GetValues<ChronicleKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_a_sentence_in_Chinese_and_in_English(ChronicleKind kind)
    {
        var positions = Hengyang.Map.Positions;
        var entry = EveryKind.ChronicleEntries(positions[0].Id, positions[1].Id).Single(e => e.Kind == kind);
        var english = EventText.For(Hengyang, Language.English).Describe(entry);
        var chinese = EventText.For(Hengyang, Language.Chinese).Describe(entry);
        Assert.False(string.IsNullOrWhiteSpace(english) || english == kind.ToString(), $"no English sentence for {kind}: '{english}'");
        Assert.False(string.IsNullOrWhiteSpace(chinese) || chinese == kind.ToString(), $"no Chinese sentence for {kind}: '{chinese}'");
        Assert.True(chinese.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"the Chinese for {kind} has no Chinese in it: '{chinese}'");
    }
}
