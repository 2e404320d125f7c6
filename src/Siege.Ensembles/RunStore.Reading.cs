using Microsoft.Data.Sqlite;
using Siege.Engine.Results;
using Siege.Ensembles.Storage;

namespace Siege.Ensembles;

/// <summary>
/// Streaming readers: each yields rows as SQLite returns them, in seed order, and never holds a whole ensemble in
/// memory. Enumerate one reader to the end (or dispose it) before writing to the same store. A null range reads every
/// stored seed of the key (an export), whatever its size: a <see cref="SeedRange"/> counts at most 2^31 − 1 seeds.
/// </summary>
public sealed partial class RunStore
{
    /// <summary>The stored runs of <paramref name="range"/>, in seed order; seeds not stored are skipped.</summary>
    public IEnumerable<RunRow> ReadRuns(EnsembleKey key, SeedRange? range) => Query(key, range, """
        SELECT seed, run_hash, end_hour, outcome, defender_killed, defender_wounded, defender_captured,
               attacker_killed, attacker_wounded, attacker_captured, offensive_count,
               end_reason, defender_died_of_wounds, defender_returned, defender_captured_wounded
        FROM runs WHERE scenario_hash = $s AND variant_hash = $v AND model_version = $m AND seed BETWEEN $lo AND $hi
        ORDER BY seed
        """, r => new RunRow(
            SeedRange.FromStored(r.GetInt64(0)),
            r.GetString(1),
            r.GetInt32(2),
            BatchWriter.ParseOutcome(r.GetString(3)),
            new Casualties(r.GetInt32(4), r.GetInt32(5), r.GetInt32(6))
            {
                DiedOfWounds = r.GetInt32(12), ReturnedToDuty = r.GetInt32(13), CapturedWounded = r.GetInt32(14),
            },
            new Casualties(r.GetInt32(7), r.GetInt32(8), r.GetInt32(9)),
            r.GetInt32(10))
        {
            EndReason = r.IsDBNull(11) ? null : BatchWriter.ParseEndReason(r.GetString(11)),
        });

    /// <summary>
    /// Each side's casualties by kind of combat in the stored runs of <paramref name="range"/>, in seed order; runs
    /// stored before they were kept (migrated from version 1 or 2 of the store) are skipped.
    /// </summary>
    public IEnumerable<StoredCasualties> ReadCasualtiesByKind(EnsembleKey key, SeedRange? range) => Query(key, range, """
        SELECT r.seed, d.casualties
        FROM runs r JOIN run_details d ON d.run_id = r.run_id
        WHERE r.scenario_hash = $s AND r.variant_hash = $v AND r.model_version = $m AND r.seed BETWEEN $lo AND $hi AND d.casualties IS NOT NULL
        ORDER BY r.seed
        """, r =>
        {
            var (defender, attacker) = CasualtiesBlob.Decode(Blob(r, 1));
            return new StoredCasualties(SeedRange.FromStored(r.GetInt64(0)), defender, attacker);
        });

    /// <summary>The positions lost at least once in the stored runs of <paramref name="range"/>, by seed, then position id.</summary>
    public IEnumerable<PositionFallRow> ReadPositionFalls(EnsembleKey key, SeedRange? range)
    {
        var ids = new PositionIds();
        return Query(key, range, """
            SELECT r.seed, d.position_falls
            FROM runs r JOIN run_details d ON d.run_id = r.run_id
            WHERE r.scenario_hash = $s AND r.variant_hash = $v AND r.model_version = $m AND r.seed BETWEEN $lo AND $hi
            ORDER BY r.seed
            """, r => PositionFallsBlob.Decode(SeedRange.FromStored(r.GetInt64(0)), Blob(r, 1), ids)).SelectMany(falls => falls);
    }

    /// <summary>The general offensives of the stored runs of <paramref name="range"/>, by seed, then ordinal.</summary>
    public IEnumerable<OffensiveRow> ReadOffensives(EnsembleKey key, SeedRange? range) => Query(key, range, """
        SELECT r.seed, o.ordinal, o.start_hour, o.end_hour
        FROM runs r JOIN offensives o ON o.run_id = r.run_id
        WHERE r.scenario_hash = $s AND r.variant_hash = $v AND r.model_version = $m AND r.seed BETWEEN $lo AND $hi
        ORDER BY r.seed, o.ordinal
        """, r => new OffensiveRow(
            SeedRange.FromStored(r.GetInt64(0)),
            r.GetInt32(1),
            r.GetInt32(2),
            r.IsDBNull(3) ? null : r.GetInt32(3)));

    /// <summary>The daily figures of one stored run, in order; empty if the run is not stored.</summary>
    public IEnumerable<DayRow> ReadDays(EnsembleKey key, ulong seed) =>
        ReadDailySeries(key, new SeedRange(seed, 1)).SelectMany(run => run.Days);

    /// <summary>The daily figures of the stored runs of <paramref name="range"/>, one run at a time, in seed order.</summary>
    public IEnumerable<StoredDays> ReadDailySeries(EnsembleKey key, SeedRange? range) => Query(key, range, """
        SELECT r.seed, d.daily
        FROM runs r JOIN run_details d ON d.run_id = r.run_id
        WHERE r.scenario_hash = $s AND r.variant_hash = $v AND r.model_version = $m AND r.seed BETWEEN $lo AND $hi
        ORDER BY r.seed
        """, r => new StoredDays(SeedRange.FromStored(r.GetInt64(0)), DailySeriesBlob.Decode(Blob(r, 1))));

    // Every seed, in seed order: those below 2^63 are stored as non-negative numbers, those above as negative ones.
    private static readonly (long Lo, long Hi)[] EveryStoredSeed = [(0, long.MaxValue), (long.MinValue, -1)];

    private IEnumerable<T> Query<T>(EnsembleKey key, SeedRange? range, string sql, Func<SqliteDataReader, T> read)
    {
        foreach (var (lo, hi) in range?.StoredIntervals() ?? EveryStoredSeed)
        {
            using var command = Command(sql, key, lo, hi);
            using var reader = command.ExecuteReader();
            while (reader.Read()) yield return read(reader);
        }
    }

    private static byte[] Blob(SqliteDataReader reader, int ordinal) => reader.GetFieldValue<byte[]>(ordinal);
}
