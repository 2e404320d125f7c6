using Siege.Engine.Domain;
using Siege.Scenarios.Loading;

namespace Siege.Trace.Tests;

/// <summary>The Chinese of the trace names each side as its scenario does; no side's name comes from the code.</summary>
public sealed class SideNamesTests
{
    private static readonly LoadedScenario IwoJima = Load(Path.Combine(Repository.Root, "scenarios", "iwo-jima-1945"));

    private static LoadedScenario Load(string path)
    {
        var result = ScenarioLoader.LoadPath(path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    [Fact]
    public void Iwo_Jimas_chinese_trace_calls_the_Americans_the_attacker_and_never_the_Japanese()
    {
        // scenarios/iwo-jima-1945/scenario.yaml: the Americans (美军) attack the Japanese garrison (日本守军).
        var trace = TraceBuilder.Build(IwoJima.Scenario, 1, new RunProvenance(IwoJima.ContentHash, null));
        var chinese = string.Join("\n", trace.Hours.SelectMany(h => h.Events).Select(e => e.TextZh));
        Assert.Contains("停火：日本守军停止抵抗", chinese);
        Assert.DoesNotContain("日军", chinese);
        Assert.Equal("美军", trace.Sides.Attacker.Name);
    }

    [Fact]
    public void Every_sentence_about_a_side_uses_the_scenarios_name_for_it()
    {
        var sides = new SideNames(new SideName("甲方", "A"), new SideName("乙方", "B"));
        var text = new EventText(Language.Chinese, id => id ?? "?", sides);
        string Zh(ChronicleKindAndFigures e) => text.Describe(new(0, e.Kind, "p", "q", e.Men, e.Amount))!;
        Assert.Equal("乙方飞机空袭（伤亡5人）", Zh(new(Engine.Results.ChronicleKind.AirRaid, 5, 0)));
        Assert.Equal("乙方施放毒气", Zh(new(Engine.Results.ChronicleKind.Gas, 0, 0)));
        Assert.Equal("乙方增援火炮36门", Zh(new(Engine.Results.ChronicleKind.GunsArrived, 0, 36)));
        Assert.Equal("盟军飞机扫射乙方（伤亡7人）", Zh(new(Engine.Results.ChronicleKind.AlliedAirSupport, 7, 0)));
        Assert.Equal("乙方抽调900人阻击援军", Zh(new(Engine.Results.ChronicleKind.BlockingReinforced, 900, 0)));
        Assert.Equal("p甲方撤至q（80人）", Zh(new(Engine.Results.ChronicleKind.FellBack, 80, 0)));
        Assert.Equal("p被攻陷：甲方损失34人，被俘11人", Zh(new(Engine.Results.ChronicleKind.Overrun, 34, 11)));
        Assert.Equal("停火：甲方停止抵抗，8,628人被俘（火力36%）", Zh(new(Engine.Results.ChronicleKind.CeaseFire, 8628, 36)));
    }

    private sealed record ChronicleKindAndFigures(Engine.Results.ChronicleKind Kind, int Men, long Amount);
}
