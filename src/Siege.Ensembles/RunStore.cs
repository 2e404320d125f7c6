using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Siege.Ensembles;

/// <summary>
/// An embedded SQLite file of finished runs, keyed by (scenario hash, variant hash, engine model version, seed). WAL mode lets readers run
/// beside the writer; each batch of runs is one transaction, so a process killed at any moment (SIGKILL included)
/// leaves every run either wholly stored or absent. Not thread-safe: one thread uses a store at a time.
/// </summary>
public sealed partial class RunStore : IDisposable
{
    public const string DefaultFileName = "siege-runs.db";

    private readonly SqliteConnection _connection;

    private RunStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        FilePath = path;
    }

    public string FilePath { get; }

    /// <summary>Opens the store at <paramref name="path"/>, creating the file and its tables if needed.</summary>
    public static RunStore Open(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Without pooling, Dispose really closes the file, so it can be moved or deleted afterwards.
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            StoreSchema.Execute(connection, "PRAGMA journal_mode=WAL");
            // NORMAL in WAL mode keeps every committed transaction atomic; only a power cut may lose the last ones.
            StoreSchema.Execute(connection, "PRAGMA synchronous=NORMAL");
            StoreSchema.Execute(connection, "PRAGMA foreign_keys=ON");
            StoreSchema.Execute(connection, "PRAGMA busy_timeout=60000");
            StoreSchema.Ensure(connection);
            return new RunStore(connection, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Stores a batch of runs in one transaction and returns how many were new. A run already stored under the key
    /// is left as it is (the same key and seed always give the same run). If anything fails, none of the batch is
    /// stored.
    /// </summary>
    public int Write(EnsembleKey key, IReadOnlyList<StoredRun> runs)
    {
        if (runs.Count == 0) return 0;
        using var transaction = _connection.BeginTransaction();
        using var writer = new BatchWriter(_connection, transaction, key);
        var written = 0;
        foreach (var run in runs)
            if (writer.Insert(run)) written++;
        transaction.Commit();
        return written;
    }

    /// <summary>Removes stored runs (with all their rows) in one transaction; returns how many there were.</summary>
    public int Delete(EnsembleKey key, IEnumerable<ulong> seeds)
    {
        using var transaction = _connection.BeginTransaction();
        var deleted = 0;
        foreach (var seed in seeds)
        {
            using var command = Command("""
                DELETE FROM offensives WHERE run_id IN (SELECT run_id FROM runs WHERE scenario_hash = $s AND variant_hash = $v AND model_version = $m AND seed = $seed);
                DELETE FROM run_details WHERE run_id IN (SELECT run_id FROM runs WHERE scenario_hash = $s AND variant_hash = $v AND model_version = $m AND seed = $seed);
                DELETE FROM runs WHERE scenario_hash = $s AND variant_hash = $v AND model_version = $m AND seed = $seed;
                SELECT changes();
                """, key);
            command.Parameters.AddWithValue("$seed", SeedRange.ToStored(seed));
            deleted += Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        transaction.Commit();
        return deleted;
    }

    /// <summary>The seeds of <paramref name="range"/> already stored under the key (memory bounded by the range, not the store).</summary>
    public HashSet<ulong> StoredSeeds(EnsembleKey key, SeedRange range)
    {
        var seeds = new HashSet<ulong>();
        foreach (var (lo, hi) in range.StoredIntervals())
        {
            using var command = Command(
                "SELECT seed FROM runs WHERE scenario_hash = $s AND variant_hash = $v AND model_version = $m AND seed BETWEEN $lo AND $hi", key, lo, hi);
            using var reader = command.ExecuteReader();
            while (reader.Read()) seeds.Add(SeedRange.FromStored(reader.GetInt64(0)));
        }
        return seeds;
    }

    /// <summary>How many runs are stored under the key, over all seeds.</summary>
    public long Count(EnsembleKey key)
    {
        using var command = Command("SELECT count(*) FROM runs WHERE scenario_hash = $s AND variant_hash = $v AND model_version = $m", key);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// The range from the first to the last seed stored under the key, or null if there is none. Seeds are stored as
    /// signed numbers (see <see cref="SeedRange"/>), so seeds of 2^63 and above sort after the rest here as they do
    /// as seeds. The range may have gaps; readers skip seeds that are not stored.
    /// </summary>
    public SeedRange? StoredSpan(EnsembleKey key)
    {
        (long Min, long Max)? Bounds(string sign)
        {
            using var command = Command($"SELECT min(seed), max(seed) FROM runs WHERE scenario_hash = $s AND variant_hash = $v AND model_version = $m AND seed {sign} 0", key);
            using var reader = command.ExecuteReader();
            return reader.Read() && !reader.IsDBNull(0) ? (reader.GetInt64(0), reader.GetInt64(1)) : null;
        }
        var low = Bounds(">=");
        var high = Bounds("<");
        if (low is null && high is null) return null;
        var first = SeedRange.FromStored((low ?? high)!.Value.Min);
        var last = SeedRange.FromStored((high ?? low)!.Value.Max);
        var count = last - first + 1;
        if (count > int.MaxValue) throw new InvalidOperationException($"the stored seeds span {count} seeds, more than one range can hold");
        return SeedRange.Of(first, (int)count);
    }

    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(string sql, EnsembleKey key, long? lo = null, long? hi = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$s", key.ScenarioHash);
        command.Parameters.AddWithValue("$v", key.VariantHash);
        command.Parameters.AddWithValue("$m", key.ModelVersion);
        if (lo is { } l) command.Parameters.AddWithValue("$lo", l);
        if (hi is { } h) command.Parameters.AddWithValue("$hi", h);
        return command;
    }
}
