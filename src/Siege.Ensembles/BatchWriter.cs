using Microsoft.Data.Sqlite;
using Siege.Engine.Results;

namespace Siege.Ensembles;

/// <summary>
/// The insert statements of one transaction, prepared once and reused for every run of the batch: parameters are
/// set by position for each run instead of parsing SQL again. A run is one <c>runs</c> row, one row per offensive
/// (three or so) and one <c>run_details</c> row holding blobs the workers encoded.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    private readonly SqliteCommand _run;
    private readonly SqliteCommand _offensive;
    private readonly SqliteCommand _details;
    private readonly SqliteCommand _stale;
    private readonly SqliteCommand _deleteStale;

    public BatchWriter(SqliteConnection connection, SqliteTransaction transaction, EnsembleKey key)
    {
        _run = Prepare(connection, transaction, """
            INSERT INTO runs (scenario_hash, variant_hash, model_version, seed, run_hash, end_hour, outcome, duration_days,
                defender_killed, defender_wounded, defender_captured, attacker_killed, attacker_wounded, attacker_captured,
                offensive_count, end_reason, defender_died_of_wounds, defender_returned, defender_captured_wounded)
            VALUES ($s, $v, $m, $seed, $hash, $end, $outcome, $days, $dk, $dw, $dc, $ak, $aw, $ac, $offensives, $reason, $ddow, $dret, $dcw)
            ON CONFLICT DO NOTHING
            RETURNING run_id
            """, "$s", "$v", "$m", "$seed", "$hash", "$end", "$outcome", "$days", "$dk", "$dw", "$dc", "$ak", "$aw", "$ac", "$offensives",
            "$reason", "$ddow", "$dret", "$dcw");
        _run.Parameters[0].Value = key.ScenarioHash;
        _run.Parameters[1].Value = key.VariantHash;
        _run.Parameters[2].Value = key.ModelVersion;
        _stale = Prepare(connection, transaction,
            "SELECT run_id FROM runs WHERE scenario_hash = $s AND variant_hash = $v AND seed = $seed AND model_version <> $m",
            "$s", "$v", "$m", "$seed");
        _stale.Parameters[0].Value = key.ScenarioHash;
        _stale.Parameters[1].Value = key.VariantHash;
        _stale.Parameters[2].Value = key.ModelVersion;
        _deleteStale = Prepare(connection, transaction, """
            DELETE FROM offensives WHERE run_id = $id;
            DELETE FROM run_details WHERE run_id = $id;
            DELETE FROM runs WHERE run_id = $id;
            """, "$id");
        _offensive = Prepare(connection, transaction,
            "INSERT INTO offensives (run_id, ordinal, start_hour, end_hour) VALUES ($id, $ordinal, $start, $end)",
            "$id", "$ordinal", "$start", "$end");
        _details = Prepare(connection, transaction,
            "INSERT INTO run_details (run_id, position_falls, daily, casualties) VALUES ($id, $falls, $daily, $casualties)",
            "$id", "$falls", "$daily", "$casualties");
    }

    /// <summary>Inserts one run and its rows; false (and nothing written) if the key and seed are already stored.</summary>
    public bool Insert(StoredRun run)
    {
        Set(_run, 3, SeedRange.ToStored(run.Seed), run.RunHash, run.EndHour, OutcomeText(run.Outcome), run.DurationDays,
            run.Defender.Killed, run.Defender.Wounded, run.Defender.Captured,
            run.Attacker.Killed, run.Attacker.Wounded, run.Attacker.Captured, run.Offensives.Length,
            EndReasonText(run.EndReason), run.Defender.DiedOfWounds, run.Defender.ReturnedToDuty, run.Defender.CapturedWounded);
        if (_run.ExecuteScalar() is not long id)
        {
            // Stored already: the same run if an engine of this model version made it, and then it stays; otherwise a
            // run of an older model (a stale run no summary reads any more), which this one replaces.
            Set(_stale, 3, SeedRange.ToStored(run.Seed));
            if (_stale.ExecuteScalar() is not long staleId) return false;
            Set(_deleteStale, 0, staleId);
            _deleteStale.ExecuteNonQuery();
            if (_run.ExecuteScalar() is not long replaced) return false;
            id = replaced;
        }

        foreach (var o in run.Offensives)
        {
            Set(_offensive, 0, id, o.Ordinal, o.StartHour, o.EndHour);
            _offensive.ExecuteNonQuery();
        }
        Set(_details, 0, id, run.PositionFalls, run.Daily, run.CasualtiesByKind);
        _details.ExecuteNonQuery();
        return true;
    }

    public void Dispose()
    {
        _run.Dispose();
        _offensive.Dispose();
        _stale.Dispose();
        _deleteStale.Dispose();
        _details.Dispose();
    }

    /// <summary>The outcome as stored: its name in lower case, without formatting an enum for every run.</summary>
    internal static string OutcomeText(Outcome outcome) => outcome switch
    {
        Outcome.Fell => "fell",
        Outcome.Relieved => "relieved",
        Outcome.Held => "held",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>Why a run ended, as stored: the member's name in camel case.</summary>
    internal static string EndReasonText(EndReason reason) => reason switch
    {
        EndReason.Horizon => "horizon",
        EndReason.Relieved => "relieved",
        EndReason.NoLineHeld => "noLineHeld",
        EndReason.StrengthSpent => "strengthSpent",
        EndReason.FirepowerSpent => "firepowerSpent",
        EndReason.LinesBroken => "linesBroken",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The reason of <see cref="EndReasonText"/>, read back; a name this program does not know is refused.</summary>
    internal static EndReason ParseEndReason(string text)
    {
        foreach (var reason in Enum.GetValues<EndReason>())
            if (EndReasonText(reason) == text) return reason;
        throw new InvalidDataException($"the run store names an end reason this siege does not know: '{text}'");
    }

    /// <summary>The outcome of <see cref="OutcomeText"/>, read back without parsing an enum for every run.</summary>
    internal static Outcome ParseOutcome(string text) => text switch
    {
        "fell" => Outcome.Fell,
        "relieved" => Outcome.Relieved,
        "held" => Outcome.Held,
        _ => Enum.Parse<Outcome>(text, ignoreCase: true),
    };

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    /// <summary>Sets the parameters from <paramref name="first"/> on, in the order they were declared.</summary>
    private static void Set(SqliteCommand command, int first, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[first + i].Value = values[i] ?? DBNull.Value;
    }
}
