using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Siege.Engine.Domain;
using Siege.Engine.Results;
using Siege.Ensembles.Storage;

namespace Siege.Ensembles;

/// <summary>
/// Brings an older run store up to <see cref="StoreSchema.Version"/> inside the transaction that opened it: either
/// every run is migrated or, if anything fails, the file is left exactly as it was.
/// </summary>
internal static class StoreMigration
{
    /// <summary>
    /// Version 1 → 2: each run's rows in <c>position_falls</c> and <c>daily</c> become the two blobs of its
    /// <c>run_details</c> row, and the old tables are dropped. Runs are read one at a time, so memory does not grow
    /// with the store.
    /// </summary>
    public static void FromVersion1(SqliteConnection connection)
    {
        StoreSchema.Execute(connection, RunDetailsTableVersion2);
        using var runs = connection.CreateCommand();
        runs.CommandText = "SELECT run_id FROM runs ORDER BY run_id";
        using var falls = Prepare(connection, """
            SELECT position_id, first_lost_hour, lost_at_hour, changes FROM position_falls WHERE run_id = $id ORDER BY position_id
            """);
        using var days = Prepare(connection, """
            SELECT day, defender_combatants, defender_reserve, attacker_infantry, attacker_blocking, attacker_shells,
                   defender_firepower, defender_stocks, positions_held, offensive
            FROM daily WHERE run_id = $id ORDER BY idx
            """);
        using var insert = Prepare(connection, "INSERT INTO run_details (run_id, position_falls, daily) VALUES ($id, $falls, $daily)");
        insert.Parameters.Add(new SqliteParameter("$falls", SqliteType.Blob));
        insert.Parameters.Add(new SqliteParameter("$daily", SqliteType.Blob));

        using (var reader = runs.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                falls.Parameters["$id"].Value = id;
                days.Parameters["$id"].Value = id;
                insert.Parameters["$id"].Value = id;
                insert.Parameters["$falls"].Value = PositionFallsBlob.Encode(Read(falls, r => new PositionOutcome(
                    r.GetString(0),
                    r.IsDBNull(2) ? null : r.GetInt32(2),
                    r.GetInt32(1),
                    r.GetInt32(3),
                    r.IsDBNull(2) ? Side.Defender : Side.Attacker,
                    // Neither version of the store keeps the hour of the first assault.
                    null)));
                insert.Parameters["$daily"].Value = DailySeriesBlob.Encode(Read(days, r => new DailySnapshot(
                    r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt64(5), r.GetDouble(6),
                    ParseStocks(r.GetString(7)), r.GetInt32(8), r.GetInt64(9) != 0, default, default)));
                insert.ExecuteNonQuery();
            }
        }
        StoreSchema.Execute(connection, "DROP TABLE position_falls; DROP TABLE daily; UPDATE schema_version SET version = 2;");
    }

    private const string RunDetailsTableVersion2 = """
        CREATE TABLE run_details (
            run_id         INTEGER PRIMARY KEY REFERENCES runs (run_id),
            position_falls BLOB NOT NULL,
            daily          BLOB NOT NULL
        );
        """;

    /// <summary>
    /// Version 2 → 3: the columns for why a run ended and the casualties' breakdown, and the blob of casualties by
    /// kind of combat. The runs already stored keep NULL for what was not kept (their end reason, their casualties by
    /// kind) and 0 for the breakdown, which is what the engine that wrote them produced.
    /// </summary>
    public static void FromVersion2(SqliteConnection connection) => StoreSchema.Execute(connection, """
        ALTER TABLE runs ADD COLUMN end_reason TEXT;
        ALTER TABLE runs ADD COLUMN defender_died_of_wounds INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE runs ADD COLUMN defender_returned INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE runs ADD COLUMN defender_captured_wounded INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE run_details ADD COLUMN casualties BLOB;
        UPDATE schema_version SET version = 3;
        """);

    /// <summary>Version 3 → 4: the table of calibration populations; nothing else changes.</summary>
    public static void FromVersion3(SqliteConnection connection)
    {
        StoreSchema.Execute(connection, StoreSchema.CalibrationGenerationsTable);
        StoreSchema.Execute(connection, "UPDATE schema_version SET version = 4");
    }

    /// <summary>
    /// Version 4 → 5: runs are keyed by the engine's model version too. The runs already stored get '' (the version
    /// that made them was not kept), so no summary reads them again: an engine that may make different runs of the
    /// same seed does not mix them in. They stay in the file until a run of the same key replaces them.
    /// </summary>
    public static void FromVersion4(SqliteConnection connection) => StoreSchema.Execute(connection, """
        ALTER TABLE runs ADD COLUMN model_version TEXT NOT NULL DEFAULT '';
        UPDATE schema_version SET version = 5;
        """);

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$id", SqliteType.Integer));
        return command;
    }

    private static List<T> Read<T>(SqliteCommand command, Func<SqliteDataReader, T> read)
    {
        var rows = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private static ImmutableArray<long> ParseStocks(string text) =>
        text.Length == 0 ? [] : [.. text.Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture))];
}
