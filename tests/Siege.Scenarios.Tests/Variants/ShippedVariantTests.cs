using Siege.Engine.Domain;
using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Variants;

namespace Siege.Scenarios.Tests.Variants;

/// <summary>Every variant shipped with the Hengyang scenario loads cleanly and changes what it says it changes.</summary>
public sealed class ShippedVariantTests
{
    private static readonly string[] Shipped =
    [
        "null", "relief-early", "more-ammunition", "no-gas", "no-air-support", "eighth-regiment-early", "extra-division",
        "japanese-reinforcement-late", "hand-tuned-rates", "ammunition-air-drops",
    ];

    private static readonly Scenario Base = LoadBase();

    private static Scenario LoadBase()
    {
        var result = ScenarioLoader.LoadPath(RepositoryPaths.Hengyang);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Scenario!.Scenario;
    }

    private static VariantLoadResult LoadVariant(string id)
    {
        var result = VariantLoader.LoadPath(RepositoryPaths.Hengyang, RepositoryPaths.Variant(id));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static Scenario Apply(string id) => LoadVariant(id).Scenario!.Scenario;

    public static TheoryData<string> Variants() => new(Shipped);

    [Theory]
    [MemberData(nameof(Variants))]
    public void Loads_without_problems_and_describes_itself(string id)
    {
        var result = LoadVariant(id);
        var variant = result.Variant!;
        Assert.Equal(id, variant.Id);
        Assert.All(new[] { variant.Name, variant.NameEn, variant.Description, variant.DescriptionEn, variant.Rationale }, t => Assert.NotEmpty(t));
        Assert.NotEmpty(variant.Sources);
        Assert.Matches("^[0-9a-f]{64}$", variant.ContentHash);
        Assert.Equal(id == "null" ? 0 : 1, Math.Min(variant.ChangeCount, 1));
    }

    [Fact]
    public void Every_file_in_the_variants_folder_is_tested() =>
        Assert.Equal(
            Shipped.Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(RepositoryPaths.Hengyang, "variants"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));

    [Fact]
    public void The_variant_hash_is_of_the_file_text_and_the_scenario_hash_is_unchanged()
    {
        var result = LoadVariant("no-gas");
        var text = File.ReadAllText(RepositoryPaths.Variant("no-gas"));
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, result.Variant!.ContentHash);
        Assert.Equal(ScenarioLoader.LoadPath(RepositoryPaths.Hengyang).Scenario!.ContentHash, result.Scenario!.ContentHash);
    }

    [Fact]
    public void Null_runs_exactly_as_the_base_scenario()
    {
        var variant = Apply("null");
        foreach (var seed in new ulong[] { 1, 7 })
            Assert.Equal(SiegeModel.Compile(Base).Run(seed).HashHex, SiegeModel.Compile(variant).Run(seed).HashHex);
    }

    [Fact]
    public void Relief_early_moves_every_relief_approach_168_hours_earlier()
    {
        var before = Base.Events.OfType<ReliefApproachEvent>().ToDictionary(e => e.Id, e => e.Hour);
        var after = Apply("relief-early").Events.OfType<ReliefApproachEvent>().ToDictionary(e => e.Id, e => e.Hour);
        Assert.Equal(4, before.Count);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (id, hour) in before) Assert.Equal(hour - 168, after[id]);
        Assert.Equal(Base.Events.Length, Apply("relief-early").Events.Length);
    }

    [Fact]
    public void More_ammunition_multiplies_every_defender_stock_and_its_range_by_one_and_a_half()
    {
        var before = Base.Supplies.Defender.ToDictionary(s => s.Id, s => s.Stock);
        var after = Apply("more-ammunition").Supplies;
        Assert.Equal(before.Count, after.Defender.Length);
        foreach (var supply in after.Defender)
        {
            var stock = before[supply.Id];
            Assert.Equal(stock.Value * 1.5, supply.Stock.Value, 6);
            if (stock.Min is { } min) Assert.Equal(min * 1.5, supply.Stock.Min!.Value, 6);
            if (stock.Max is { } max) Assert.Equal(max * 1.5, supply.Stock.Max!.Value, 6);
            Assert.Equal(stock.Sources.ToArray(), supply.Stock.Sources.ToArray());
        }
        Assert.Equal(7_950_000, after.Defender.Single(s => s.Id == "def-small-arms").Stock.Value);
        Assert.Equal(Base.Supplies.Attacker.Single().Stock.Value, after.Attacker.Single().Stock.Value);
    }

    [Fact]
    public void No_gas_leaves_no_gas_event_and_every_other_event()
    {
        var events = Apply("no-gas").Events;
        Assert.Empty(events.OfType<GasEvent>());
        Assert.Equal(Base.Events.Where(e => e is not GasEvent).Select(e => e.Id), events.Select(e => e.Id));
        Assert.Equal(3, Base.Events.OfType<GasEvent>().Count());
    }

    [Fact]
    public void No_air_support_leaves_no_allied_air_support_but_keeps_the_air_drops()
    {
        var events = Apply("no-air-support").Events;
        Assert.Empty(events.OfType<AlliedAirSupportEvent>());
        Assert.NotEmpty(Base.Events.OfType<AlliedAirSupportEvent>());
        Assert.Equal(
            Base.Events.OfType<SupplyArrivalEvent>().Count(e => e.Side == Side.Defender),
            events.OfType<SupplyArrivalEvent>().Count(e => e.Side == Side.Defender));
    }

    [Fact]
    public void Eighth_regiment_early_puts_the_regiment_in_the_city_at_hour_zero()
    {
        static ForceUnit Eighth(Scenario s) => s.Forces.Defender.SelfAndDescendants().Single(u => u.Id == "cn-3-8th-regt");
        Assert.True(Eighth(Base).ArrivesHour > 0);
        var after = Apply("eighth-regiment-early");
        Assert.Equal(0, Eighth(after).ArrivesHour);
        Assert.Equal(Eighth(Base).Deployment.ToArray(), Eighth(after).Deployment.ToArray());
        Assert.Equal(Base.Forces.Defender.TotalStrength, after.Forces.Defender.TotalStrength);
    }

    [Fact]
    public void Extra_division_adds_the_strength_and_structure_of_the_3rd_division()
    {
        var after = Apply("extra-division").Forces.Defender;
        var third = Base.Forces.Defender.Units.Single(u => u.Id == "cn-3rd-div");
        var extra = after.Units.Single(u => u.Id == "cn-extra-div");
        Assert.Equal(Base.Forces.Defender.TotalStrength + third.TotalStrength, after.TotalStrength);
        Assert.Equal(third.TotalStrength, extra.TotalStrength);
        Assert.Equal(third.Units.Select(u => u.Deployment.Select(d => (d.At, d.Share)).ToList()), extra.Units.Select(u => u.Deployment.Select(d => (d.At, d.Share)).ToList()));
        Assert.All(extra.SelfAndDescendants(), u => Assert.Equal(0, u.ArrivesHour));
    }

    [Fact]
    public void Japanese_reinforcement_late_moves_the_july_guns_and_detachment_240_hours()
    {
        var after = Apply("japanese-reinforcement-late");
        Assert.Equal(Base.Events.Single(e => e.Id == "jp-guns-jul").Hour + 240, after.Events.Single(e => e.Id == "jp-guns-jul").Hour);
        var before = Base.Forces.Attacker.SelfAndDescendants().Single(u => u.Id == "jp-jul-reinforcement").Leaves().ToList();
        var moved = after.Forces.Attacker.SelfAndDescendants().Single(u => u.Id == "jp-jul-reinforcement").Leaves().ToList();
        Assert.Equal(3, moved.Count);
        Assert.Equal(before.Select(u => u.ArrivesHour + 240), moved.Select(u => u.ArrivesHour));
        // The range of each guessed hour moves with it.
        Assert.Equal(before.Select(u => u.ArrivalRange!.EarliestHour + 240), moved.Select(u => u.ArrivalRange!.EarliestHour));
        Assert.Equal(before.Select(u => u.ArrivalRange!.LatestHour + 240), moved.Select(u => u.ArrivalRange!.LatestHour));
        // Arriving the same day, but not part of the reinforcement: it stays.
        Assert.Equal(
            Base.Forces.Attacker.SelfAndDescendants().Single(u => u.Id == "jp-i5th-bde").ArrivesHour,
            after.Forces.Attacker.SelfAndDescendants().Single(u => u.Id == "jp-i5th-bde").ArrivesHour);
    }

    [Fact]
    public void A_variant_applies_to_the_embedded_scenario_as_to_the_files_on_disk()
    {
        var embedded = VariantLoader.LoadEmbedded(RepositoryPaths.Variant("relief-early"));
        Assert.True(embedded.Succeeded, string.Join("\n", embedded.Diagnostics));
        Assert.Equal(
            Apply("relief-early").Events.Select(e => (e.Id, e.Hour)),
            embedded.Scenario!.Scenario.Events.Select(e => (e.Id, e.Hour)));
    }

    [Fact]
    public void Variants_change_the_run()
    {
        // Over a few seeds: a variant whose change comes after a run has ended changes nothing in that run.
        var seeds = new ulong[] { 1, 2, 3, 4, 5 };
        var baseline = SiegeModel.Compile(Base);
        var hashes = seeds.Select(s => baseline.Run(s).HashHex).ToArray();
        foreach (var id in new[] { "more-ammunition", "extra-division", "hand-tuned-rates" })
        {
            var variant = SiegeModel.Compile(Apply(id));
            Assert.Contains(seeds, s => variant.Run(s).HashHex != hashes[s - 1]);
        }
    }
}
