using Microsoft.Data.Sqlite;

namespace Siege.Ensembles.Tests;

public sealed class RunStoreMergeTests
{
    [Theory]
    [InlineData(31, 3)]
    [InlineData(10, 10)]
    [InlineData(3, 5)]
    [InlineData(0, 2)]
    public void The_parts_of_a_seed_range_follow_one_another_differ_by_at_most_one_seed_and_make_the_range(int count, int parts)
    {
        var range = SeedRange.Of(100, count);
        var shards = Enumerable.Range(1, parts).Select(k => range.Shard(k, parts)).ToArray();
        Assert.Equal(Enumerable.Range(100, count).Select(s => (ulong)s), shards.SelectMany(Seeds));
        Assert.True(shards.Max(s => s.Count) - shards.Min(s => s.Count) <= 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => range.Shard(parts + 1, parts));
        Assert.Throws<ArgumentOutOfRangeException>(() => range.Shard(0, parts));

        static IEnumerable<ulong> Seeds(SeedRange r) => Enumerable.Range(0, r.Count).Select(i => r.First + (ulong)i);
    }

    [Fact]
    public void Three_shards_merged_hold_the_runs_of_one_store_and_a_second_merge_adds_nothing()
    {
        using var one = new TempStore();
        using var merged = new TempStore();
        using var shards = new DisposableList<TempStore>([new TempStore(), new TempStore(), new TempStore()]);
        var seeds = SeedRange.Of(1, 14);
        using (var store = one.Open()) Write(store, seeds);
        for (var k = 1; k <= 3; k++)
            using (var store = shards.Items[k - 1].Open()) Write(store, seeds.Shard(k, 3));

        using (var store = merged.Open())
        {
            var reports = shards.Items.Select(s => store.Merge(s.Path)).ToArray();
            Assert.Equal(14, reports.Sum(r => r.RunsAdded));
            Assert.Equal(0, store.Merge(shards.Items[0].Path).RunsAdded);
            Assert.Equal(5, store.Merge(shards.Items[0].Path).RunsAlreadyThere);
        }

        using var a = one.Open();
        using var b = merged.Open();
        Assert.Equal(a.ReadRuns(Hengyang.Key, seeds), b.ReadRuns(Hengyang.Key, seeds));
        Assert.Equal(a.ReadPositionFalls(Hengyang.Key, seeds), b.ReadPositionFalls(Hengyang.Key, seeds));
        Assert.Equal(
            a.ReadOffensives(Hengyang.Key, seeds).Select(o => (o.Seed, o.Ordinal, o.StartHour, o.EndHour)),
            b.ReadOffensives(Hengyang.Key, seeds).Select(o => (o.Seed, o.Ordinal, o.StartHour, o.EndHour)));
        Assert.Equal(a.ReadDays(Hengyang.Key, 9).Select(d => d.ToString()), b.ReadDays(Hengyang.Key, 9).Select(d => d.ToString()));
    }

    [Fact]
    public void A_store_holding_another_run_of_a_stored_seed_is_refused_whole_and_the_target_is_left_as_it_was()
    {
        using var target = new TempStore();
        using var other = new TempStore();
        using (var store = target.Open()) Write(store, SeedRange.Of(1, 3));
        using (var store = other.Open()) Write(store, SeedRange.Of(2, 4));
        // Seed 3 in the other store as a different engine or scenario would have made it.
        using (var raw = new SqliteConnection($"Data Source={other.Path};Pooling=False"))
        {
            raw.Open();
            using var command = raw.CreateCommand();
            command.CommandText = "UPDATE runs SET defender_killed = defender_killed + 1 WHERE seed = 3";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        using var store2 = target.Open();
        var conflict = Assert.Throws<MergeConflictException>(() => store2.Merge(other.Path));
        Assert.Contains("seed 3 ", conflict.Message);
        Assert.Contains("as different runs", conflict.Message);
        // Seeds 4 and 5 of the other store were not copied either.
        Assert.Equal([1UL, 2UL, 3UL], store2.StoredSeeds(Hengyang.Key, SeedRange.Of(1, 10)).Order());
    }

    [Fact]
    public void Generations_of_calibrations_are_merged_by_key_and_generation()
    {
        using var target = new TempStore();
        using var other = new TempStore();
        using (var store = target.Open()) store.WriteCalibrationGeneration(new CalibrationGenerationRow("k", 0, null, 1, 10, 30, [1]));
        using (var store = other.Open())
        {
            store.WriteCalibrationGeneration(new CalibrationGenerationRow("k", 0, null, 1, 10, 30, [1]));
            store.WriteCalibrationGeneration(new CalibrationGenerationRow("k", 1, 0.5, 0.4, 9, 60, [2]));
        }
        using var merged = target.Open();
        Assert.Equal(1, merged.Merge(other.Path).GenerationsAdded);
        Assert.Equal([2], merged.LastCalibrationGeneration("k")!.Population);
    }

    private static void Write(RunStore store, SeedRange seeds) =>
        store.Write(Hengyang.Key, [.. Enumerable.Range(0, seeds.Count).Select(i => StoredRun.From(Hengyang.Model.Run(seeds.First + (ulong)i)))]);

    private sealed class DisposableList<T>(T[] items) : IDisposable where T : IDisposable
    {
        public T[] Items { get; } = items;

        public void Dispose()
        {
            foreach (var item in Items) item.Dispose();
        }
    }
}
