using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Siege.Ensembles;

/// <summary>
/// The insert statements of one transaction, prepared once and reused for every run of the batch: parameters are
/// set per row instead of parsing SQL again, which is most of the cost of writing small rows.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    private readonly SqliteCommand _run;
    private readonly SqliteCommand _offensive;
    private readonly SqliteCommand _fall;
    private readonly SqliteCommand _day;

    public BatchWriter(SqliteConnection connection, SqliteTransaction transaction, EnsembleKey key)
    {
        _run = Prepare(connection, transaction, """
            INSERT INTO runs (scenario_hash, variant_hash, seed, run_hash, end_hour, outcome, duration_days,
                defender_killed, defender_wounded, defender_captured, attacker_killed, attacker_wounded, attacker_captured,
                offensive_count)
            VALUES ($s, $v, $seed, $hash, $end, $outcome, $days, $dk, $dw, $dc, $ak, $aw, $ac, $offensives)
            ON CONFLICT DO NOTHING
            RETURNING run_id
            """, "$s", "$v", "$seed", "$hash", "$end", "$outcome", "$days", "$dk", "$dw", "$dc", "$ak", "$aw", "$ac", "$offensives");
        _run.Parameters["$s"].Value = key.ScenarioHash;
        _run.Parameters["$v"].Value = key.VariantHash;
        _offensive = Prepare(connection, transaction,
            "INSERT INTO offensives (run_id, ordinal, start_hour, end_hour) VALUES ($id, $ordinal, $start, $end)",
            "$id", "$ordinal", "$start", "$end");
        _fall = Prepare(connection, transaction,
            "INSERT INTO position_falls (run_id, position_id, first_lost_hour, lost_at_hour, changes) VALUES ($id, $pos, $first, $lost, $changes)",
            "$id", "$pos", "$first", "$lost", "$changes");
        _day = Prepare(connection, transaction, """
            INSERT INTO daily (run_id, idx, day, defender_combatants, defender_reserve, attacker_infantry, attacker_blocking,
                attacker_shells, defender_firepower, defender_stocks, positions_held, offensive)
            VALUES ($id, $idx, $day, $dc, $dr, $ai, $ab, $shells, $fp, $stocks, $held, $off)
            """, "$id", "$idx", "$day", "$dc", "$dr", "$ai", "$ab", "$shells", "$fp", "$stocks", "$held", "$off");
    }

    /// <summary>Inserts one run and its rows; false (and nothing written) if the key and seed are already stored.</summary>
    public bool Insert(StoredRun run)
    {
        Set(_run, ("$seed", SeedRange.ToStored(run.Seed)), ("$hash", run.RunHash), ("$end", run.EndHour),
            ("$outcome", run.Outcome.ToString().ToLowerInvariant()), ("$days", run.DurationDays),
            ("$dk", run.Defender.Killed), ("$dw", run.Defender.Wounded), ("$dc", run.Defender.Captured),
            ("$ak", run.Attacker.Killed), ("$aw", run.Attacker.Wounded), ("$ac", run.Attacker.Captured),
            ("$offensives", run.Offensives.Length));
        if (_run.ExecuteScalar() is not long id) return false;

        foreach (var o in run.Offensives)
        {
            Set(_offensive, ("$id", id), ("$ordinal", o.Ordinal), ("$start", o.StartHour), ("$end", o.EndHour));
            _offensive.ExecuteNonQuery();
        }
        foreach (var p in run.LostPositions)
        {
            Set(_fall, ("$id", id), ("$pos", p.Id), ("$first", p.FirstLostHour), ("$lost", p.LostAtHour), ("$changes", p.Changes));
            _fall.ExecuteNonQuery();
        }
        for (var i = 0; i < run.Days.Length; i++)
        {
            var d = run.Days[i];
            Set(_day, ("$id", id), ("$idx", i), ("$day", d.Day), ("$dc", d.DefenderCombatants), ("$dr", d.DefenderReserve),
                ("$ai", d.AttackerInfantry), ("$ab", d.AttackerBlocking), ("$shells", d.AttackerShells),
                ("$fp", d.DefenderFirepower), ("$stocks", string.Join(',', d.DefenderStocks.Select(s => s.ToString(CultureInfo.InvariantCulture)))),
                ("$held", d.PositionsHeldByDefender), ("$off", d.OffensiveActive ? 1 : 0));
            _day.ExecuteNonQuery();
        }
        return true;
    }

    public void Dispose()
    {
        _run.Dispose();
        _offensive.Dispose();
        _fall.Dispose();
        _day.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values) command.Parameters[name].Value = value ?? DBNull.Value;
    }
}
