using Microsoft.Data.Sqlite;

namespace Siege.Ensembles;

/// <summary>The populations of calibrations (<c>calibration_generations</c>), kept beside the runs so a killed calibration resumes.</summary>
public sealed partial class RunStore
{
    /// <summary>
    /// Keeps one complete generation in its own transaction: stored wholly or not at all. A generation already kept
    /// under the key is replaced (the same key and generation always give the same population).
    /// </summary>
    public void WriteCalibrationGeneration(CalibrationGenerationRow row)
    {
        using var transaction = _connection.BeginTransaction();
        using (var command = _connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                INSERT OR REPLACE INTO calibration_generations (calibration_key, generation, epsilon, acceptance, ess, runs, population)
                VALUES ($key, $generation, $epsilon, $acceptance, $ess, $runs, $population)
                """;
            command.Parameters.AddWithValue("$key", row.CalibrationKey);
            command.Parameters.AddWithValue("$generation", row.Generation);
            command.Parameters.AddWithValue("$epsilon", row.Epsilon is { } e ? e : DBNull.Value);
            command.Parameters.AddWithValue("$acceptance", row.Acceptance);
            command.Parameters.AddWithValue("$ess", row.Ess);
            command.Parameters.AddWithValue("$runs", row.Runs);
            command.Parameters.Add(new SqliteParameter("$population", SqliteType.Blob) { Value = row.Population });
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The latest generation kept under <paramref name="calibrationKey"/>, or null if there is none.</summary>
    public CalibrationGenerationRow? LastCalibrationGeneration(string calibrationKey)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT generation, epsilon, acceptance, ess, runs, population FROM calibration_generations
            WHERE calibration_key = $key ORDER BY generation DESC LIMIT 1
            """;
        command.Parameters.AddWithValue("$key", calibrationKey);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new CalibrationGenerationRow(calibrationKey, reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetDouble(1),
            reader.GetDouble(2), reader.GetDouble(3), reader.GetInt64(4), (byte[])reader.GetValue(5));
    }

    /// <summary>Removes every generation kept under <paramref name="calibrationKey"/> (to start it afresh); returns how many there were.</summary>
    public int DeleteCalibration(string calibrationKey)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "DELETE FROM calibration_generations WHERE calibration_key = $key";
        command.Parameters.AddWithValue("$key", calibrationKey);
        return command.ExecuteNonQuery();
    }
}
