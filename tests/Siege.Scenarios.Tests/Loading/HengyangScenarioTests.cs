using System.Reflection;
using Siege.Engine.Domain;
using Siege.Scenarios.Loading;

namespace Siege.Scenarios.Tests.Loading;

/// <summary>The embedded Hengyang scenario holds what the sources say (figures from FACTS.md and the zh-wp article).</summary>
public sealed class HengyangScenarioTests
{
    private static readonly LoadedScenario Loaded = Load();

    private static LoadedScenario Load()
    {
        var result = ScenarioLoader.LoadEmbedded();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    private static Scenario Hengyang => Loaded.Scenario;

    [Fact]
    public void The_embedded_copy_is_the_one_in_the_repository()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Siege.slnx"))) root = Path.GetDirectoryName(root)!;
        var disk = ScenarioLoader.LoadPath(Path.Combine(root, "scenarios", "hengyang-1944"));
        Assert.True(disk.Succeeded, string.Join("\n", disk.Diagnostics));
        Assert.Equal(Loaded.ContentHash, disk.Scenario!.ContentHash);
    }

    [Fact]
    public void The_siege_starts_on_22_June_1944()
    {
        Assert.Equal(new DateTime(1944, 6, 22), Hengyang.Start);
        Assert.Equal("hengyang-1944", Hengyang.Id);
    }

    [Fact]
    public void The_garrison_numbers_about_17600_men() =>
        // zh-wp infobox: about 17,600 (the text: just over 15,000; en-wp: 16,275).
        Assert.InRange(Hengyang.Forces.Defender.TotalStrength, 17_000, 18_000);

    [Fact]
    public void The_order_of_battle_names_every_formation_of_the_article()
    {
        var defender = Hengyang.Forces.Defender.SelfAndDescendants().Select(u => u.Name).ToList();
        foreach (var name in new[] { "第3师", "预备第10师", "第190师", "暂编第54师", "新编第19师", "衡阳警备保安志愿队" })
            Assert.Contains(defender, n => n.Contains(name, StringComparison.Ordinal));
        var attacker = Hengyang.Forces.Attacker.SelfAndDescendants().Select(u => u.Name).ToList();
        foreach (var name in new[] { "第68师团", "第116师团", "第13师团", "第40师团", "第58师团", "独立步兵第5旅团" })
            Assert.Contains(attacker, n => n.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void The_Independent_5th_Brigade_is_in_the_order_of_battle_but_never_reaches_the_city()
    {
        // zh-wp names it only in the Japanese order of battle: no passage puts it at the city.
        var brigade = Hengyang.Forces.Attacker.SelfAndDescendants().Single(u => u.Id == "jp-i5th-bde");
        Assert.True(brigade.NeverArrives);
        Assert.Equal(0, brigade.TotalStrength);
        Assert.True(brigade.ArrivesHour > Hengyang.HorizonHours);
        var run = Siege.Engine.Simulation.SiegeModel.Compile(Hengyang).Run(1);
        Assert.DoesNotContain(run.Chronicle, e => e.Subject == "jp-i5th-bde");
    }

    [Fact]
    public void Each_attacker_divisions_own_troops_are_split_by_kind_and_only_the_artillery_has_division_guns()
    {
        var troops = Hengyang.Forces.Attacker.SelfAndDescendants().Where(u => u.Id.EndsWith("-div-troops", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, troops.Count);
        foreach (var group in troops)
        {
            Assert.Equal([UnitKind.Infantry, UnitKind.Artillery, UnitKind.Engineers, UnitKind.Service], group.Units.Select(u => u.Kind));
            Assert.All(group.Units.Where(u => u.Kind != UnitKind.Artillery), u => Assert.Equal(0, u.Guns?.Value ?? 0));
            // A gun crew supports the assault or blocks with its division; it is never assault infantry.
            Assert.NotEqual(AttackerRole.Assault, group.Units.Single(u => u.Kind == UnitKind.Artillery).Role);
        }
    }

    [Fact]
    public void The_74th_Armys_artillery_companies_stand_with_the_garrison_one_at_Huiyan_Peak()
    {
        // zh-wp: the 5th and 6th companies, 200-odd men; the 6th company at 回雁峰.
        var battalion = Hengyang.Forces.Defender.Units.Single(u => u.Id == "cn-74-arty-bn");
        Assert.Equal(UnitKind.Artillery, battalion.Kind);
        Assert.InRange(battalion.TotalStrength, 200, 299);
        Assert.Contains(battalion.Deployment, d => d.At == "huiyanfeng");
    }

    [Fact]
    public void The_stocks_carried_into_the_city_are_the_sourced_figures()
    {
        // zh-wp, after 李岳平 2005 p. 59: 5.3 million rounds, 28,000 grenades, 3,200 mortar bombs.
        var stocks = Hengyang.Supplies.Defender.Select(s => s.Stock.Value).ToList();
        Assert.Contains(5_300_000, stocks);
        Assert.Contains(28_000, stocks);
        Assert.Contains(3_200, stocks);
    }

    [Fact]
    public void The_map_has_at_least_40_named_positions_in_both_languages()
    {
        var positions = Hengyang.Map.Positions.Where(p => p.Tier != Tier.Staging).ToList();
        Assert.True(positions.Count >= 40, $"{positions.Count} positions");
        Assert.All(positions, p =>
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", p.Name);
            Assert.False(string.IsNullOrWhiteSpace(p.NameEn));
        });
        foreach (var name in new[] { "张家山", "虎形巢", "停兵山", "五桂岭", "江西会馆", "中央银行", "西禅寺", "张飞山" })
            Assert.Contains(positions, p => p.Name == name);
    }

    [Fact]
    public void The_three_rivers_are_obstacles_with_crossings() =>
        Assert.Equal(["湘江", "蒸水", "耒水"], Hengyang.Map.Rivers.Select(r => r.Name).Where(n => n is "湘江" or "蒸水" or "耒水"));

    [Fact]
    public void Every_leaf_strength_and_every_model_parameter_names_its_source()
    {
        var leaves = Hengyang.Forces.Defender.Leaves().Concat(Hengyang.Forces.Attacker.Leaves()).Where(u => u.Strength is not null);
        Assert.All(leaves, u => Assert.False(u.Strength!.SourceKeys.IsEmpty, $"{u.Id} has no source for its strength"));
        var parameters = new object[] { Hengyang.AttackerDoctrine, Hengyang.DefenderDoctrine, Hengyang.Combat }
            .SelectMany(p => p.GetType().GetProperties().Where(x => x.PropertyType == typeof(Figure)).Select(x => (Figure)x.GetValue(p)!));
        Assert.All(parameters, f => Assert.False(f.SourceKeys.IsEmpty));
    }

    [Fact]
    public void The_exogenous_events_of_the_sources_are_scripted()
    {
        // FACTS.md section 7: daily air raids, gas, reinforcement, relief. The bridges the garrison blew (the rail
        // bridge, 草桥) are its decisions in a run (blownByDefender in map.yaml), not dated events.
        Assert.Contains(Hengyang.Events, e => e is AirRaidEvent { RepeatEveryHours: 24 });
        Assert.DoesNotContain(Hengyang.Events, e => e is CrossingDestroyedEvent);
        var blown = Hengyang.Map.Rivers.SelectMany(r => r.Crossings).Where(c => c.BlownByDefender).Select(c => c.Id);
        Assert.Equal(["xiang-rail-bridge", "caoqiao-bridge"], blown);
        Assert.True(Hengyang.Events.Count(e => e is GasEvent) >= 3);
        Assert.Contains(Hengyang.Events, e => e is GunsArrivalEvent { Guns.Value: 36 });
        Assert.True(Hengyang.Events.Count(e => e is ReliefApproachEvent) >= 3);
    }

    [Fact]
    public void The_heavy_raids_are_the_days_zh_wp_names()
    {
        // zh-wp: 11 Jul (bombs, incendiaries), 17 Jul (猛烈轰炸), 3 Aug (大肆轰炸), 4 Aug (狂轟濫炸), 7 Aug (轰炸、扫射).
        var days = Hengyang.Events.OfType<AirRaidEvent>().Where(e => e.RepeatEveryHours is null)
            .Select(e => Hengyang.Start.AddHours(e.Hour).ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["07-11", "07-17", "08-03", "08-04", "08-07"], days);
    }

    [Fact]
    public void No_ammunition_reaches_the_garrison_from_outside_zh_wp_names_none()
    {
        // zh-wp has only leaflets (21 Jul) and orders (27 Jul, 2 Aug) dropped into the city; the drops are a variant.
        Assert.DoesNotContain(Hengyang.Events, e => e is SupplyArrivalEvent { Side: Side.Defender });
        var drops = Siege.Scenarios.Variants.ShippedVariants.Embedded().Load("ammunition-air-drops")!.Scenario!.Scenario;
        Assert.Equal(3, drops.Events.OfType<SupplyArrivalEvent>().Count(e => e is { Side: Side.Defender, Delivery: SupplyDelivery.AirDrop }));
    }

    [Fact]
    public void The_63rd_Division_comes_from_the_north_west_and_the_74th_Army_attacks_from_the_west()
    {
        var reliefs = Hengyang.Events.OfType<ReliefApproachEvent>().ToDictionary(e => e.Id);
        Assert.Equal("wangcheng-ao", reliefs["relief-63rd-division"].PositionId);
        var west = Hengyang.Map.Positions.Single(p => p.Id == reliefs["relief-74th-army"].PositionId);
        Assert.True(west.X < -5, $"{west.Id} at x = {west.X}");
    }

    [Fact]
    public void The_engine_depends_on_no_file_format_console_or_web_library()
    {
        var references = typeof(Scenario).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, n => n.StartsWith("YamlDotNet", StringComparison.Ordinal)
            || n.StartsWith("Spectre", StringComparison.Ordinal) || n.StartsWith("Siege.Scenarios", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void The_record_is_not_part_of_what_the_engine_receives()
    {
        var engineTypes = typeof(Scenario).Assembly.GetTypes();
        Assert.DoesNotContain(engineTypes, t => t.Namespace?.Contains("Record", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(typeof(Scenario).GetProperties(BindingFlags.Public | BindingFlags.Instance), p => p.Name.Contains("Record", StringComparison.Ordinal));
        Assert.NotEmpty(Loaded.Record.Items);
    }
}
