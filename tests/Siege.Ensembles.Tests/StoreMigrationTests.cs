using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Siege.Ensembles.Tests;

public sealed class StoreMigrationTests
{
    /// <summary>The tables of schema version 1, as the program wrote them before run_details.</summary>
    private const string Version1Tables = """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        INSERT INTO schema_version (version) VALUES (1);
        CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY, scenario_hash TEXT NOT NULL, variant_hash TEXT NOT NULL, seed INTEGER NOT NULL,
            run_hash TEXT NOT NULL, end_hour INTEGER NOT NULL, outcome TEXT NOT NULL, duration_days REAL NOT NULL,
            defender_killed INTEGER NOT NULL, defender_wounded INTEGER NOT NULL, defender_captured INTEGER NOT NULL,
            attacker_killed INTEGER NOT NULL, attacker_wounded INTEGER NOT NULL, attacker_captured INTEGER NOT NULL,
            offensive_count INTEGER NOT NULL, UNIQUE (scenario_hash, variant_hash, seed));
        CREATE TABLE offensives (run_id INTEGER NOT NULL REFERENCES runs (run_id), ordinal INTEGER NOT NULL,
            start_hour INTEGER NOT NULL, end_hour INTEGER, PRIMARY KEY (run_id, ordinal)) WITHOUT ROWID;
        CREATE TABLE position_falls (run_id INTEGER NOT NULL REFERENCES runs (run_id), position_id TEXT NOT NULL,
            first_lost_hour INTEGER NOT NULL, lost_at_hour INTEGER, changes INTEGER NOT NULL,
            PRIMARY KEY (run_id, position_id)) WITHOUT ROWID;
        CREATE TABLE daily (run_id INTEGER NOT NULL REFERENCES runs (run_id), idx INTEGER NOT NULL, day INTEGER NOT NULL,
            defender_combatants INTEGER NOT NULL, defender_reserve INTEGER NOT NULL, attacker_infantry INTEGER NOT NULL,
            attacker_blocking INTEGER NOT NULL, attacker_shells INTEGER NOT NULL, defender_firepower REAL NOT NULL,
            defender_stocks TEXT NOT NULL, positions_held INTEGER NOT NULL, offensive INTEGER NOT NULL,
            PRIMARY KEY (run_id, idx)) WITHOUT ROWID;
        """;

    private static readonly ulong[] Seeds = [3, 7, 11];

    [Fact]
    public void A_version_1_store_is_migrated_when_opened_and_reads_back_the_same_runs()
    {
        using var temp = new TempStore();
        WriteVersion1(temp.Path, Seeds);

        // The runs were made before version 5 kept the engine's model version: they read back under model version ''
        // (the key the migration gives them), and a summary of this engine's runs never reads them.
        var migrated = Hengyang.Key with { ModelVersion = "" };
        using (var store = temp.Open())
        {
            Assert.Empty(store.ReadRuns(Hengyang.Key, SeedRange.Of(1, 20)));
            Assert.Equal(Seeds, store.ReadRuns(migrated, SeedRange.Of(1, 20)).Select(r => r.Seed));
            // Neither version 1 nor 2 kept why a run ended or its casualties by kind.
            Assert.All(store.ReadRuns(migrated, SeedRange.Of(1, 20)), r => Assert.Null(r.EndReason));
            Assert.Empty(store.ReadCasualtiesByKind(migrated, SeedRange.Of(1, 20)));
            Assert.Equal(
                Seeds.SelectMany(seed => StoredFalls(seed)),
                store.ReadPositionFalls(migrated, SeedRange.Of(1, 20)));
            foreach (var seed in Seeds)
            {
                var expected = Hengyang.Model.Run(seed).Days;
                var days = store.ReadDays(migrated, seed).ToArray();
                Assert.Equal(expected.Select(d => (d.Day, d.DefenderCombatants, d.AttackerShells, d.DefenderFirepower, string.Join(',', d.DefenderStocks))),
                    days.Select(d => (d.Day, d.DefenderCombatants, d.AttackerShells, d.DefenderFirepower, string.Join(',', d.DefenderStocks))));
            }
            // A migrated store takes new runs like a new one, with their end reason and casualties by kind.
            var run = Hengyang.Model.Run(1);
            Assert.Equal(1, store.Write(Hengyang.Key, [StoredRun.From(run)]));
            Assert.Equal(run.EndReason, store.ReadRuns(Hengyang.Key, SeedRange.Of(1, 1)).Single().EndReason);
            Assert.Equal(run.Defender.ByKind.ToArray(), store.ReadCasualtiesByKind(Hengyang.Key, SeedRange.Of(1, 20)).Single().Defender.ToArray());
        }

        using var raw = new SqliteConnection($"Data Source={temp.Path};Pooling=False");
        raw.Open();
        Assert.Equal((long)StoreSchema.Version, Scalar(raw, "SELECT version FROM schema_version"));
        Assert.Equal(0L, Scalar(raw, "SELECT count(*) FROM sqlite_master WHERE name IN ('daily', 'position_falls')"));
        // Version 4's table of calibration populations is there, empty.
        Assert.Equal(0L, Scalar(raw, "SELECT count(*) FROM calibration_generations"));
    }

    [Fact]
    public void A_store_of_a_newer_version_is_refused_with_its_version_and_left_alone()
    {
        using var temp = new TempStore();
        using (var raw = new SqliteConnection($"Data Source={temp.Path};Pooling=False"))
        {
            raw.Open();
            Scalar(raw, "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (9); SELECT 0");
        }
        var error = Assert.Throws<InvalidDataException>(() => temp.Open());
        Assert.Contains("schema version 9", error.Message);
        using var check = new SqliteConnection($"Data Source={temp.Path};Pooling=False");
        check.Open();
        Assert.Equal(9L, Scalar(check, "SELECT version FROM schema_version"));
    }

    private static IEnumerable<PositionFallRow> StoredFalls(ulong seed) =>
        Hengyang.Model.Run(seed).Positions
            .Where(p => p.FirstLostHour is not null)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new PositionFallRow(seed, p.Id, p.LostAtHour, p.FirstLostHour!.Value, p.Changes));

    /// <summary>Writes runs as version 1 did: a row per position lost and per day.</summary>
    private static void WriteVersion1(string path, IEnumerable<ulong> seeds)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Scalar(connection, Version1Tables + "SELECT 0");
        var key = Hengyang.Key;
        foreach (var seed in seeds)
        {
            var run = Hengyang.Model.Run(seed);
            var c = run.Defender.Casualties;
            var a = run.Attacker.Casualties;
            var id = Scalar(connection, string.Create(CultureInfo.InvariantCulture, $"""
                INSERT INTO runs (scenario_hash, variant_hash, seed, run_hash, end_hour, outcome, duration_days, defender_killed,
                    defender_wounded, defender_captured, attacker_killed, attacker_wounded, attacker_captured, offensive_count)
                VALUES ('{key.ScenarioHash}', '{key.VariantHash}', {seed}, '{run.HashHex}', {run.EndHour}, '{run.Outcome.ToString().ToLowerInvariant()}',
                    {run.DurationDays}, {c.Killed}, {c.Wounded}, {c.Captured}, {a.Killed}, {a.Wounded}, 0, {run.Offensives.Length})
                RETURNING run_id
                """));
            foreach (var p in run.Positions.Where(p => p.FirstLostHour is not null))
                Scalar(connection, string.Create(CultureInfo.InvariantCulture,
                    $"INSERT INTO position_falls VALUES ({id}, '{p.Id}', {p.FirstLostHour}, {(p.LostAtHour is { } h ? h.ToString(CultureInfo.InvariantCulture) : "NULL")}, {p.Changes}); SELECT 0"));
            for (var i = 0; i < run.Days.Length; i++)
            {
                var d = run.Days[i];
                using var insert = connection.CreateCommand();
                insert.CommandText = string.Create(CultureInfo.InvariantCulture,
                    $"INSERT INTO daily VALUES ({id}, {i}, {d.Day}, {d.DefenderCombatants}, {d.DefenderReserve}, {d.AttackerInfantry}, {d.AttackerBlocking}, {d.AttackerShells}, $firepower, '{string.Join(',', d.DefenderStocks)}', {d.PositionsHeldByDefender}, {(d.OffensiveActive ? 1 : 0)})");
                // A parameter, not text: the double must reach the store bit for bit.
                insert.Parameters.AddWithValue("$firepower", d.DefenderFirepower);
                insert.ExecuteNonQuery();
            }
        }
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
