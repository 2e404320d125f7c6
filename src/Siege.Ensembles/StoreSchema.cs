using Microsoft.Data.Sqlite;

namespace Siege.Ensembles;

/// <summary>
/// The tables of a run store. A run's rows in <c>offensives</c>, <c>position_falls</c> and <c>daily</c> are written
/// in the same transaction as its <c>runs</c> row, so a run is either wholly stored or absent. Child tables refer to
/// the run by its integer id rather than repeating the 64-character scenario hash on every row.
/// </summary>
internal static class StoreSchema
{
    public const int Version = 1;

    private const string Tables = """
        CREATE TABLE runs (
            run_id            INTEGER PRIMARY KEY,
            scenario_hash     TEXT    NOT NULL,
            variant_hash      TEXT    NOT NULL,
            seed              INTEGER NOT NULL, -- the unsigned seed's 64 bits read as signed
            run_hash          TEXT    NOT NULL, -- the engine's state hash, 16 hex digits
            end_hour          INTEGER NOT NULL, -- hours from the scenario's start
            outcome           TEXT    NOT NULL, -- fell | relieved | held
            duration_days     REAL    NOT NULL,
            defender_killed   INTEGER NOT NULL,
            defender_wounded  INTEGER NOT NULL,
            defender_captured INTEGER NOT NULL,
            attacker_killed   INTEGER NOT NULL,
            attacker_wounded  INTEGER NOT NULL,
            attacker_captured INTEGER NOT NULL,
            offensive_count   INTEGER NOT NULL,
            UNIQUE (scenario_hash, variant_hash, seed)
        );
        CREATE TABLE offensives (
            run_id     INTEGER NOT NULL REFERENCES runs (run_id),
            ordinal    INTEGER NOT NULL,
            start_hour INTEGER NOT NULL,
            end_hour   INTEGER,
            PRIMARY KEY (run_id, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE position_falls (
            run_id          INTEGER NOT NULL REFERENCES runs (run_id),
            position_id     TEXT    NOT NULL,
            first_lost_hour INTEGER NOT NULL,
            lost_at_hour    INTEGER,          -- null: retaken and held at the end
            changes         INTEGER NOT NULL,
            PRIMARY KEY (run_id, position_id)
        ) WITHOUT ROWID;
        CREATE TABLE daily (
            run_id              INTEGER NOT NULL REFERENCES runs (run_id),
            idx                 INTEGER NOT NULL, -- order of the snapshot in the run (the final hour may share a day)
            day                 INTEGER NOT NULL,
            defender_combatants INTEGER NOT NULL,
            defender_reserve    INTEGER NOT NULL,
            attacker_infantry   INTEGER NOT NULL,
            attacker_blocking   INTEGER NOT NULL,
            attacker_shells     INTEGER NOT NULL,
            defender_firepower  REAL    NOT NULL,
            defender_stocks     TEXT    NOT NULL, -- comma-separated, in the scenario's order of defender supplies
            positions_held      INTEGER NOT NULL,
            offensive           INTEGER NOT NULL,
            PRIMARY KEY (run_id, idx)
        ) WITHOUT ROWID;
        """;

    /// <summary>Creates the tables in a new store, or checks that an existing store has this version.</summary>
    public static void Ensure(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT version FROM schema_version";
            var found = query.ExecuteScalar();
            if (found is long version)
            {
                if (version != Version)
                    throw new InvalidDataException($"the run store has schema version {version}; this program reads version {Version}");
                return;
            }
        }
        Execute(connection, Tables);
        Execute(connection, $"INSERT INTO schema_version (version) VALUES ({Version})");
        transaction.Commit();
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
