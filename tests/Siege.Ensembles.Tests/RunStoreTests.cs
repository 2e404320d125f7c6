using Microsoft.Data.Sqlite;
using Siege.Engine.Results;

namespace Siege.Ensembles.Tests;

public sealed class RunStoreTests
{
    [Fact]
    public void A_run_reads_back_as_it_was_written()
    {
        using var temp = new TempStore();
        var result = Hengyang.Model.Run(7);
        var run = StoredRun.From(result);
        using (var store = temp.Open()) Assert.Equal(1, store.Write(Hengyang.Key, [run]));

        // Reopened, as the next invocation would.
        using var reopened = temp.Open();
        var row = Assert.Single(reopened.ReadRuns(Hengyang.Key, SeedRange.Of(1, 100)));
        Assert.Equal(new RunRow(7, result.HashHex, result.EndHour, result.Outcome, result.Defender.Casualties,
            result.Attacker.Casualties, result.Offensives.Length) { EndReason = result.EndReason }, row);
        // The breakdown of the defender's casualties, and both sides' casualties by kind of combat, kind by kind.
        Assert.True(row.Defender.WoundedEver > 0 && row.Defender.DiedOfWounds > 0);
        var kinds = Assert.Single(reopened.ReadCasualtiesByKind(Hengyang.Key, SeedRange.Of(1, 100)));
        Assert.Equal(result.Defender.ByKind.ToArray(), kinds.Defender.ToArray());
        Assert.Equal(result.Attacker.ByKind.ToArray(), kinds.Attacker.ToArray());

        var falls = reopened.ReadPositionFalls(Hengyang.Key, SeedRange.Of(7, 1)).ToArray();
        var lost = result.Positions.Where(p => p.FirstLostHour is not null).OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        Assert.Equal(lost.Select(p => (p.Id, p.LostAtHour, p.FirstLostHour!.Value, p.Changes)),
            falls.Select(f => (f.PositionId, f.LostAtHour, f.FirstLostHour, f.Changes)));

        Assert.Equal(result.Offensives.Select(o => (o.Ordinal, o.StartHour, o.EndHour)),
            reopened.ReadOffensives(Hengyang.Key, SeedRange.Of(7, 1)).Select(o => (o.Ordinal, o.StartHour, o.EndHour)));

        var days = reopened.ReadDays(Hengyang.Key, 7).ToArray();
        Assert.Equal(result.Days.Length, days.Length);
        for (var i = 0; i < days.Length; i++)
        {
            var d = result.Days[i];
            Assert.Equal((d.Day, d.DefenderCombatants, d.DefenderReserve, d.AttackerInfantry, d.AttackerBlocking, d.AttackerShells,
                d.DefenderFirepower, d.PositionsHeldByDefender, d.OffensiveActive),
                (days[i].Day, days[i].DefenderCombatants, days[i].DefenderReserve, days[i].AttackerInfantry, days[i].AttackerBlocking,
                days[i].AttackerShells, days[i].DefenderFirepower, days[i].PositionsHeld, days[i].Offensive));
            Assert.Equal(d.DefenderStocks.ToArray(), days[i].DefenderStocks.ToArray());
        }
    }

    [Fact]
    public void A_seed_already_stored_is_not_written_twice()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = StoredRun.From(Hengyang.Model.Run(3));
        Assert.Equal(1, store.Write(Hengyang.Key, [run]));
        Assert.Equal(0, store.Write(Hengyang.Key, [run]));
        Assert.Equal(1, store.Count(Hengyang.Key));
        Assert.Equal([3UL], store.StoredSeeds(Hengyang.Key, SeedRange.Of(1, 10)));
    }

    [Fact]
    public void Runs_of_another_model_version_are_not_read_and_a_run_of_this_one_replaces_them()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        // Seed 3 as an older engine stored it: the same scenario, variant and seed, another model version.
        var older = Hengyang.Key with { ModelVersion = "older" };
        var stale = StoredRun.From(Hengyang.Model.Run(3)) with { RunHash = "0123456789abcdef" };
        Assert.Equal(2, store.Write(older, [stale, StoredRun.From(Hengyang.Model.Run(4))]));

        // Nothing of it is read for this engine, so an ensemble runs both seeds again.
        Assert.Empty(store.ReadRuns(Hengyang.Key, SeedRange.Of(1, 10)));
        Assert.Empty(store.StoredSeeds(Hengyang.Key, SeedRange.Of(1, 10)));
        Assert.Equal(0, store.Count(Hengyang.Key));

        // Storing this engine's run of seed 3 replaces the stale one, rows and all; seed 4's stays until its turn.
        var fresh = Hengyang.Model.Run(3);
        Assert.Equal(1, store.Write(Hengyang.Key, [StoredRun.From(fresh)]));
        Assert.Equal(fresh.HashHex, Assert.Single(store.ReadRuns(Hengyang.Key, SeedRange.Of(1, 10))).RunHash);
        Assert.Equal([4UL], store.StoredSeeds(older, SeedRange.Of(1, 10)));
        Assert.Equal(fresh.Offensives.Length, store.ReadOffensives(Hengyang.Key, SeedRange.Of(3, 1)).Count());
        Assert.Equal(0, store.Write(Hengyang.Key, [StoredRun.From(fresh)]));
    }

    [Fact]
    public void A_batch_that_fails_half_way_leaves_no_run_of_it()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var good = StoredRun.From(Hengyang.Model.Run(1));
        var second = StoredRun.From(Hengyang.Model.Run(2));
        // The same offensive twice violates the primary key after the run's row and some of its rows are written.
        var offensive = new OffensiveSpan(1, 100, 200);
        var torn = second with { Offensives = [.. second.Offensives, offensive, offensive] };

        Assert.Throws<SqliteException>(() => store.Write(Hengyang.Key, [good, torn]));

        Assert.Equal(0, store.Count(Hengyang.Key));
        Assert.Empty(store.ReadOffensives(Hengyang.Key, SeedRange.Of(1, 2)));
        Assert.Empty(store.ReadPositionFalls(Hengyang.Key, SeedRange.Of(1, 2)));
        Assert.Empty(store.ReadDays(Hengyang.Key, 1));
        Assert.Equal(1, store.Write(Hengyang.Key, [good]));
    }

    [Fact]
    public void A_connection_closed_inside_its_transaction_leaves_no_row()
    {
        using var temp = new TempStore();
        using (temp.Open()) { }
        // What a kill mid-transaction leaves behind: an uncommitted write that SQLite rolls back.
        using (var raw = new SqliteConnection($"Data Source={temp.Path};Pooling=False"))
        {
            raw.Open();
            var transaction = raw.BeginTransaction();
            using var insert = raw.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO runs (scenario_hash, variant_hash, seed, run_hash, end_hour, outcome, duration_days, defender_killed,
                    defender_wounded, defender_captured, attacker_killed, attacker_wounded, attacker_captured, offensive_count)
                VALUES ($s, '', 5, 'x', 1, 'fell', 0.04, 0, 0, 0, 0, 0, 0, 0)
                """;
            insert.Parameters.AddWithValue("$s", Hengyang.Key.ScenarioHash);
            insert.ExecuteNonQuery();
        }
        using var store = temp.Open();
        Assert.Empty(store.StoredSeeds(Hengyang.Key, SeedRange.Of(1, 10)));
    }

    [Fact]
    public void Deleting_a_run_removes_all_its_rows()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        store.Write(Hengyang.Key, [StoredRun.From(Hengyang.Model.Run(1)), StoredRun.From(Hengyang.Model.Run(2))]);
        Assert.Equal(1, store.Delete(Hengyang.Key, [1]));
        Assert.Empty(store.ReadDays(Hengyang.Key, 1));
        Assert.Empty(store.ReadPositionFalls(Hengyang.Key, SeedRange.Of(1, 1)));
        Assert.NotEmpty(store.ReadDays(Hengyang.Key, 2));
    }

    [Fact]
    public void Seeds_on_both_sides_of_two_to_the_63_read_back_in_seed_order()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = StoredRun.From(Hengyang.Model.Run(1));
        const ulong boundary = 1UL << 63;
        store.Write(Hengyang.Key, [run with { Seed = boundary }, run with { Seed = boundary - 1 }, run with { Seed = ulong.MaxValue }]);
        Assert.Equal([boundary - 1, boundary], store.ReadRuns(Hengyang.Key, SeedRange.Of(boundary - 1, 2)).Select(r => r.Seed));
        Assert.Equal([ulong.MaxValue], store.ReadRuns(Hengyang.Key, SeedRange.Of(ulong.MaxValue, 1)).Select(r => r.Seed));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedRange.Of(ulong.MaxValue, 2));
    }

    [Fact]
    public void The_stored_span_runs_from_the_first_to_the_last_stored_seed_of_the_key()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        Assert.Null(store.StoredSpan(Hengyang.Key));
        var run = StoredRun.From(Hengyang.Model.Run(1));
        store.Write(Hengyang.Key, [run with { Seed = 5 }, run with { Seed = 9 }, run with { Seed = 12 }]);
        store.Write(Hengyang.Key with { VariantHash = "other" }, [run with { Seed = 100 }]);
        Assert.Equal(SeedRange.Of(5, 8), store.StoredSpan(Hengyang.Key));
    }

    [Fact]
    public void The_stored_span_orders_seeds_above_two_to_the_63_after_the_rest()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var run = StoredRun.From(Hengyang.Model.Run(1));
        const ulong boundary = 1UL << 63;
        store.Write(Hengyang.Key, [run with { Seed = boundary + 1 }, run with { Seed = boundary - 2 }]);
        Assert.Equal(SeedRange.Of(boundary - 2, 4), store.StoredSpan(Hengyang.Key));
    }
}
