using Microsoft.Data.Sqlite;

namespace Siege.Ensembles;

/// <summary>
/// The tables of a run store. A run's rows in <c>offensives</c> and <c>run_details</c> are written in the same
/// transaction as its <c>runs</c> row, so a run is either wholly stored or absent. Child tables refer to the run by
/// its integer id rather than repeating the 64-character scenario hash on every row.
/// </summary>
/// <remarks>
/// Version 2 keeps each run's positions and days as two blobs in one <c>run_details</c> row (layouts in
/// <see cref="Storage.PositionFallsBlob"/> and <see cref="Storage.DailySeriesBlob"/>), where version 1 had a row per
/// position lost and per day: about 90 rows a run, which made writing the store slower than running the siege.
/// Version 3 adds why each run ended (<c>end_reason</c>), the defender's died of wounds, returned to duty and captured
/// wounded, and each side's casualties by kind of combat (<c>run_details.casualties</c>, layout in
/// <see cref="Storage.CasualtiesBlob"/>). Runs migrated from versions 1 and 2 have no end reason and no casualties by
/// kind (NULL: not kept); their breakdown columns are 0, which is what the engine of those versions produced (no
/// wounded died or returned, every prisoner was taken unwounded).
/// Version 4 adds the populations of ABC-SMC calibrations (<c>calibration_generations</c>), one row per complete
/// generation, keyed by the calibration's key (a hash of its settings); the runs are untouched.
/// Version 5 keys runs by the engine's model version as well (<c>model_version</c>): runs of an older model, and all
/// runs stored before version 5 (model version ''), are no longer read, and a run of the current model replaces the
/// stale run of the same scenario, variant and seed when it is stored.
/// Older stores are migrated when opened (see <see cref="StoreMigration"/>); a newer one is refused.
/// </remarks>
internal static class StoreSchema
{
    public const int Version = 5;

    public const string RunsTable = """
        CREATE TABLE runs (
            run_id            INTEGER PRIMARY KEY,
            scenario_hash     TEXT    NOT NULL,
            variant_hash      TEXT    NOT NULL,
            model_version     TEXT    NOT NULL DEFAULT '', -- the engine's SiegeModel.ModelVersion; '': made before version 5 kept it
            seed              INTEGER NOT NULL, -- the unsigned seed's 64 bits read as signed
            run_hash          TEXT    NOT NULL, -- the engine's state hash, 16 hex digits
            end_hour          INTEGER NOT NULL, -- hours from the scenario's start
            outcome           TEXT    NOT NULL, -- fell | relieved | held
            end_reason        TEXT,             -- horizon | relieved | noLineHeld | strengthSpent | firepowerSpent | linesBroken; NULL: not kept (before version 3)
            duration_days     REAL    NOT NULL,
            defender_killed   INTEGER NOT NULL,
            defender_wounded  INTEGER NOT NULL,
            defender_captured INTEGER NOT NULL,
            attacker_killed   INTEGER NOT NULL,
            attacker_wounded  INTEGER NOT NULL,
            attacker_captured INTEGER NOT NULL,
            offensive_count   INTEGER NOT NULL,
            defender_died_of_wounds   INTEGER NOT NULL DEFAULT 0, -- of defender_killed
            defender_returned         INTEGER NOT NULL DEFAULT 0, -- wounded back on duty, in no other count
            defender_captured_wounded INTEGER NOT NULL DEFAULT 0, -- of defender_captured
            UNIQUE (scenario_hash, variant_hash, seed)
        );
        CREATE TABLE offensives (
            run_id     INTEGER NOT NULL REFERENCES runs (run_id),
            ordinal    INTEGER NOT NULL,
            start_hour INTEGER NOT NULL,
            end_hour   INTEGER,
            PRIMARY KEY (run_id, ordinal)
        ) WITHOUT ROWID;
        """;

    public const string RunDetailsTable = """
        CREATE TABLE run_details (
            run_id         INTEGER PRIMARY KEY REFERENCES runs (run_id),
            position_falls BLOB NOT NULL, -- the positions lost at least once (PositionFallsBlob)
            daily          BLOB NOT NULL, -- each side's daily strength and ammunition (DailySeriesBlob)
            casualties     BLOB           -- each side's casualties by kind of combat (CasualtiesBlob); NULL: not kept
        );
        """;

    public const string CalibrationGenerationsTable = """
        CREATE TABLE calibration_generations (
            calibration_key TEXT    NOT NULL, -- SHA-256 of the calibration's settings, 64 hex digits
            generation      INTEGER NOT NULL, -- 0: the prior's sample
            epsilon         REAL,             -- the generation's tolerance; NULL: none (generation 0 keeps every proposal)
            acceptance      REAL    NOT NULL, -- share of its proposals accepted
            ess             REAL    NOT NULL, -- effective sample size of its weights
            runs            INTEGER NOT NULL, -- runs of the model it made
            population      BLOB    NOT NULL, -- the particles and what the next generation starts from (layout: the calibration's)
            PRIMARY KEY (calibration_key, generation)
        ) WITHOUT ROWID;
        """;

    /// <summary>Creates the tables in a new store, migrates an older one, or refuses one this program cannot read.</summary>
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
                if (version == Version) return;
                if (version is 1 or 2 or 3 or 4)
                {
                    if (version == 1) StoreMigration.FromVersion1(connection);
                    if (version <= 2) StoreMigration.FromVersion2(connection);
                    if (version <= 3) StoreMigration.FromVersion3(connection);
                    StoreMigration.FromVersion4(connection);
                    transaction.Commit();
                    return;
                }
                throw new InvalidDataException(
                    $"the run store has schema version {version}, written by a newer siege; this program reads versions 1 to {Version}");
            }
        }
        Execute(connection, RunsTable);
        Execute(connection, RunDetailsTable);
        Execute(connection, CalibrationGenerationsTable);
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
