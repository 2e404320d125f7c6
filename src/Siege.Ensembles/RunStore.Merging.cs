using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Siege.Ensembles;

/// <summary>What a merge added to a store, and what it found there already.</summary>
/// <param name="RunsAdded">Runs (with their offensives and details) copied in.</param>
/// <param name="RunsAlreadyThere">Runs of the same key and seed the store had already, identical to the other store's.</param>
/// <param name="GenerationsAdded">Generations of calibrations copied in.</param>
public sealed record MergeReport(long RunsAdded, long RunsAlreadyThere, long GenerationsAdded);

/// <summary>A merge refused because both stores hold a run of the same key and seed, and the two runs differ.</summary>
public sealed class MergeConflictException(string message) : Exception(message);

// Merging stores: the shards of an ensemble run on several machines (siege ensemble --shard K/N) come back as one store.
public sealed partial class RunStore
{
    // A run's identity, and what must agree for two stored runs of one identity to be the same run.
    private const string SameKey = """
        m.scenario_hash = s.scenario_hash AND m.variant_hash = s.variant_hash AND m.model_version = s.model_version AND m.seed = s.seed
        """;

    private const string RunColumns = """
        scenario_hash, variant_hash, model_version, seed, run_hash, end_hour, outcome, end_reason, duration_days,
        defender_killed, defender_wounded, defender_captured, attacker_killed, attacker_wounded, attacker_captured,
        offensive_count, defender_died_of_wounds, defender_returned, defender_captured_wounded
        """;

    /// <summary>
    /// Copies every run of the store at <paramref name="otherPath"/> that this store lacks, with its offensives and
    /// details, and every generation of a calibration it lacks, in one transaction: all of it or, if anything fails,
    /// none. A run both stores hold must be the same run in every column, offensive and detail, and a generation the
    /// same generation; otherwise nothing is merged and <see cref="MergeConflictException"/> says which. Runs of
    /// different scenarios, variants or model versions never meet: their keys differ. The other store must be a run
    /// store of this program's schema version (open it with <see cref="Open"/> first to migrate an older one).
    /// </summary>
    public MergeReport Merge(string otherPath)
    {
        Attach(otherPath);
        try
        {
            using var transaction = _connection.BeginTransaction();
            _merging = transaction;
            CheckOtherVersion(otherPath);
            if (FirstDifferentRun() is { } conflict) throw new MergeConflictException(conflict);
            if (FirstDifferentGeneration() is { } generation) throw new MergeConflictException(generation);
            var already = Scalar("SELECT count(*) FROM other.runs s JOIN main.runs m ON " + SameKey);
            var added = CopyNewRuns();
            var generations = Scalar("""
                INSERT INTO main.calibration_generations
                SELECT * FROM other.calibration_generations s
                WHERE NOT EXISTS (SELECT 1 FROM main.calibration_generations m
                                  WHERE m.calibration_key = s.calibration_key AND m.generation = s.generation);
                SELECT changes();
                """);
            transaction.Commit();
            return new MergeReport(added, already, generations);
        }
        finally
        {
            _merging = null;
            Execute("DETACH DATABASE other");
        }
    }

    // The merge's transaction, which Microsoft.Data.Sqlite wants on every command run while it is open.
    private SqliteTransaction? _merging;

    private SqliteCommand MergeCommand(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _merging;
        command.CommandText = sql;
        return command;
    }

    private void Attach(string otherPath)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "ATTACH DATABASE $path AS other";
        command.Parameters.AddWithValue("$path", otherPath);
        command.ExecuteNonQuery();
    }

    private void CheckOtherVersion(string otherPath)
    {
        var version = Scalar("SELECT count(*) FROM other.sqlite_master WHERE name = 'schema_version'") == 0
            ? (long?)null
            : Scalar("SELECT version FROM other.schema_version");
        if (version != StoreSchema.Version)
            throw new InvalidDataException(version is null
                ? $"{otherPath} is not a run store (it has no schema_version table)"
                : $"{otherPath} has schema version {version}, this store {StoreSchema.Version}: open it once with this siege (it is converted then) before merging");
    }

    /// <summary>The first run of the other store whose key and seed this store holds as a different run, in words; null if none.</summary>
    private string? FirstDifferentRun()
    {
        var differs = string.Join(" OR ", RunColumns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => $"m.{c} IS NOT s.{c}"));
        using var command = MergeCommand($"""
            SELECT s.scenario_hash, s.variant_hash, s.model_version, s.seed, m.run_hash, s.run_hash
            FROM other.runs s JOIN main.runs m ON {SameKey}
            LEFT JOIN main.run_details md ON md.run_id = m.run_id
            LEFT JOIN other.run_details od ON od.run_id = s.run_id
            WHERE {differs}
               OR md.position_falls IS NOT od.position_falls OR md.daily IS NOT od.daily OR md.casualties IS NOT od.casualties
               OR (SELECT group_concat(o.ordinal || ':' || o.start_hour || ':' || ifnull(o.end_hour, ''), ',') FROM (SELECT * FROM main.offensives WHERE run_id = m.run_id ORDER BY ordinal) o)
                  IS NOT (SELECT group_concat(o.ordinal || ':' || o.start_hour || ':' || ifnull(o.end_hour, ''), ',') FROM (SELECT * FROM other.offensives WHERE run_id = s.run_id ORDER BY ordinal) o)
            ORDER BY s.scenario_hash, s.variant_hash, s.model_version, s.seed
            LIMIT 1
            """);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        var variant = reader.GetString(1) is { Length: > 0 } v ? $"variant {Short(v)}" : "the baseline";
        var seed = SeedRange.FromStored(reader.GetInt64(3)).ToString(CultureInfo.InvariantCulture);
        return $"both stores hold seed {seed} of scenario {Short(reader.GetString(0))}, {variant}, model version " +
               $"'{reader.GetString(2)}', as different runs (state hash {reader.GetString(4)} here, {reader.GetString(5)} there)";
    }

    private string? FirstDifferentGeneration()
    {
        using var command = MergeCommand("""
            SELECT s.calibration_key, s.generation FROM other.calibration_generations s
            JOIN main.calibration_generations m ON m.calibration_key = s.calibration_key AND m.generation = s.generation
            WHERE m.epsilon IS NOT s.epsilon OR m.acceptance IS NOT s.acceptance OR m.ess IS NOT s.ess
               OR m.runs IS NOT s.runs OR m.population IS NOT s.population
            ORDER BY s.calibration_key, s.generation LIMIT 1
            """);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? $"both stores hold generation {reader.GetInt64(1)} of calibration {Short(reader.GetString(0))} with different populations"
            : null;
    }

    /// <summary>Copies the runs this store lacks, and their offensives and details under the run ids they get here.</summary>
    private long CopyNewRuns()
    {
        Execute($"""
            CREATE TEMP TABLE merge_new AS
            SELECT s.run_id AS other_id, s.scenario_hash, s.variant_hash, s.model_version, s.seed FROM other.runs s
            WHERE NOT EXISTS (SELECT 1 FROM main.runs m WHERE {SameKey});
            INSERT INTO main.runs ({RunColumns})
            SELECT {RunColumns} FROM other.runs WHERE run_id IN (SELECT other_id FROM merge_new) ORDER BY run_id;
            CREATE TEMP TABLE merge_ids AS
            SELECT s.other_id, m.run_id AS main_id FROM temp.merge_new s JOIN main.runs m ON {SameKey};
            INSERT INTO main.offensives (run_id, ordinal, start_hour, end_hour)
            SELECT i.main_id, o.ordinal, o.start_hour, o.end_hour FROM other.offensives o JOIN temp.merge_ids i ON i.other_id = o.run_id;
            INSERT INTO main.run_details (run_id, position_falls, daily, casualties)
            SELECT i.main_id, d.position_falls, d.daily, d.casualties FROM other.run_details d JOIN temp.merge_ids i ON i.other_id = d.run_id;
            """);
        var added = Scalar("SELECT count(*) FROM temp.merge_ids");
        Execute("DROP TABLE temp.merge_new; DROP TABLE temp.merge_ids;");
        return added;
    }

    private static string Short(string hash) => hash.Length > 16 ? hash[..16] : hash;

    private long Scalar(string sql)
    {
        using var command = MergeCommand(sql);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var command = MergeCommand(sql);
        command.ExecuteNonQuery();
    }
}
