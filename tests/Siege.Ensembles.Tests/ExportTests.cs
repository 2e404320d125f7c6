using Siege.Ensembles.Export;

namespace Siege.Ensembles.Tests;

/// <summary>Every exported row says what it is a run of: the scenario and the variant, each by id and content hash.</summary>
public sealed class ExportTests
{
    private static readonly SeedRange Seeds = SeedRange.Of(1, 3);
    private static readonly string[] Provenance = ["scenario", "scenario_hash", "variant", "variant_hash"];

    [Theory]
    [InlineData("runs")]
    [InlineData("positions")]
    [InlineData("daily")]
    public void Every_table_starts_with_the_scenario_and_variant_columns(string what)
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var table = RunTables.For(what, store, Hengyang.Key, null, Seeds);
        Assert.Equal(Provenance, table.Columns.Take(4).Select(c => c.Name));
        Assert.All(table.Columns.Take(4), c => Assert.Equal(ColumnType.Text, c.Type));
    }

    [Fact]
    public async Task A_baseline_row_names_the_scenario_and_leaves_the_variant_empty()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        await new EnsembleRunner(Hengyang.Model, store, Hengyang.Key).RunAsync(Seeds, threads: 1);
        foreach (var what in new[] { "runs", "positions", "daily" })
        {
            var rows = RunTables.For(what, store, Hengyang.Key, null, Seeds).Rows.ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal<object?>(["hengyang-1944", Hengyang.Loaded.ContentHash, null, null], r.Take(4)));
        }
    }

    [Fact]
    public async Task A_variant_row_names_the_variant_by_id_and_hash()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var key = Hengyang.Key with { VariantHash = new string('a', 64) };
        await new EnsembleRunner(Hengyang.Model, store, key).RunAsync(Seeds, threads: 1);
        var rows = RunTables.For("runs", store, key, "no-gas", Seeds).Rows.ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal<object?>(["hengyang-1944", Hengyang.Loaded.ContentHash, "no-gas", new string('a', 64)], r.Take(4)));
    }

    [Fact]
    public async Task Every_stored_seed_is_exported_in_seed_order_however_large()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        // Seeds run from 0 to 2^64 − 1; SQLite stores those from 2^63 as negative numbers.
        ulong[] seeds = [7, 3_000_000_000, (1UL << 63) + 1, ulong.MaxValue];
        var runner = new EnsembleRunner(Hengyang.Model, store, Hengyang.Key);
        foreach (var seed in seeds) await runner.RunAsync(SeedRange.Of(seed, 1), threads: 1);
        var rows = RunTables.For("runs", store, Hengyang.Key, null, RunTables.AllSeeds).Rows.ToList();
        var seedColumn = RunTables.RunColumns.Select(c => c.Name).ToList().IndexOf("seed");
        Assert.Equal(seeds, rows.Select(r => Convert.ToUInt64(r[seedColumn], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
