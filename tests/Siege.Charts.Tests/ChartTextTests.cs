using Siege.Engine.Domain;

namespace Siege.Charts.Tests;

/// <summary>The Chinese of the charts names each side as the scenario does; the English calls them by their roles.</summary>
public sealed class ChartTextTests
{
    // scenarios/iwo-jima-1945/scenario.yaml: the Americans attack the Japanese garrison.
    private static readonly SideNames IwoJima = new(new SideName("日本守军", "Japanese garrison"), new SideName("美军", "Americans"));

    [Fact]
    public void Every_chinese_word_for_a_side_is_the_scenarios_name()
    {
        var zh = ChartText.Chinese(IwoJima);
        Assert.Equal("美军突击步兵", zh.AttackerInfantry);
        Assert.Equal("日本守军作战人员", zh.DefenderCombatants);
        Assert.Equal("日本守军停止抵抗", zh.GarrisonFell);
        Assert.Equal("美军集结地", zh.TierName("staging"));
        Assert.StartsWith("美军最终占领之日", zh.ForestAxis(0));
        Assert.StartsWith("日本守军火力", zh.FirepowerTitle("硫磺岛战役", 10));
    }

    [Fact]
    public void No_chinese_word_names_a_battles_side_or_river_of_its_own()
    {
        var zh = ChartText.Chinese(SideNames.Roles);
        var words = new[] { zh.AttackerInfantry, zh.DefenderCombatants, zh.GarrisonFell, zh.Firepower, zh.ForestAxis(3),
            zh.StockTitle(new Supply("x", "弹药", "ammunition", Figure.Of(1), null, null, 1), "s", 1), zh.FirepowerTitle("s", 1) }
            .Concat(new[] { "staging", "eastBank", "warning", "outpost", "main", "second", "core" }.Select(zh.TierName));
        Assert.All(words, w => Assert.DoesNotContain("日军", w));
        Assert.All(words, w => Assert.DoesNotContain("湘江", w));
    }

    [Fact]
    public void The_english_keeps_the_roles()
    {
        Assert.Equal("attacker infantry", ChartText.English.AttackerInfantry);
        Assert.Equal("defender combatants", ChartText.English.DefenderCombatants);
        Assert.Equal("garrison fell", ChartText.English.GarrisonFell);
    }
}
