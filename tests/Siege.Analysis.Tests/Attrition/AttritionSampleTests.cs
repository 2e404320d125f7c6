using Siege.Analysis.Attrition;
using Siege.Analysis.Battles;

namespace Siege.Analysis.Tests.Attrition;

public sealed class AttritionSampleTests
{
    private static readonly AttritionSample Sample = AttritionSample.FromCdb90();

    [Fact]
    public void Battles_without_initial_strengths_or_casualties_are_left_out_and_counted()
    {
        // 660 battles: 136 lack an initial strength on at least one side (a few also the casualties); none has zero casualties.
        Assert.Equal(524, Sample.Engagements.Length);
        Assert.Equal(136, Sample.Dropped.Length);
        Assert.Equal(660, Sample.Engagements.Select(e => e.BattleId).Concat(Sample.Dropped.Select(d => d.BattleId)).Distinct().Count());
        Assert.Equal(109, Sample.Dropped.Count(d => d.Reason == "attacker initial strength unknown; defender initial strength unknown"));
        Assert.DoesNotContain(Sample.Dropped, d => d.Reason.Contains("zero", StringComparison.Ordinal));
    }

    [Fact]
    public void Sevastopol_1944_rates_are_its_casualties_per_strength_per_day()
    {
        var e = Sample.Engagements.Single(x => x.BattleId == 503);
        // 48,500 of 72,000 defenders and 35,500 of 397,607 attackers in 5 days.
        Assert.Equal(48_500.0 / 72_000 / 5, e.DailyRate(BattleSide.Defender), 12);
        Assert.Equal(35_500.0 / 397_607 / 5, e.DailyRate(BattleSide.Attacker), 12);
        Assert.Equal((PostureClass.Fortified, TerrainClass.Urban, Period.From1939To1945),
            (e.Conditions.Posture, e.Conditions.Terrain, e.Conditions.Period));
    }

    [Fact]
    public void A_battle_and_its_parts_share_a_group()
    {
        int GroupOf(int id) => Sample.Engagements.Single(e => e.BattleId == id).Group;
        Assert.Equal(304, GroupOf(305)); // Somme, Fourth Army attack
        Assert.Equal(464, GroupOf(463)); // Melun, part of the Seine River battle
        Assert.Equal(503, GroupOf(503));
    }

    [Theory]
    [InlineData(1899, Period.Before1900)]
    [InlineData(1900, Period.From1900To1938)]
    [InlineData(1938, Period.From1900To1938)]
    [InlineData(1939, Period.From1939To1945)]
    [InlineData(1945, Period.From1939To1945)]
    [InlineData(1946, Period.After1945)]
    public void Periods_split_at_the_stated_years(int year, Period period) => Assert.Equal(period, AttritionClasses.PeriodOf(year));

    [Fact]
    public void Terrain_classes_follow_the_stated_order()
    {
        Terrain T(string code, Relief r, Cover c, TerrainFeature f = TerrainFeature.None) => new(code, r, c, f);
        Assert.Equal(TerrainClass.Urban, AttritionClasses.Of([T("GM0", Relief.Rugged, Cover.Mixed), T("00U", Relief.Unknown, Cover.Unknown, TerrainFeature.Urban)]));
        Assert.Equal(TerrainClass.Rugged, AttritionClasses.Of([T("GW0", Relief.Rugged, Cover.HeavilyWooded)]));
        Assert.Equal(TerrainClass.Desert, AttritionClasses.Of([T("FD0", Relief.Flat, Cover.Desert)]));
        Assert.Equal(TerrainClass.Wooded, AttritionClasses.Of([T("RW0", Relief.Rolling, Cover.HeavilyWooded)]));
        Assert.Equal(TerrainClass.Open, AttritionClasses.Of([T("RBD", Relief.Rolling, Cover.Bare, TerrainFeature.Dunes)]));
        Assert.Equal(PostureClass.Other, AttritionClasses.Of(DefenderPosture.Delay));
    }
}
