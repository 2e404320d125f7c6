using Microsoft.Data.Sqlite;

namespace Siege.Ensembles.Tests;

public sealed class RunStoreCalibrationTests
{
    [Fact]
    public void The_last_generation_of_a_calibration_is_read_back_exactly_and_other_keys_are_apart()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            Assert.Null(store.LastCalibrationGeneration("a"));
            store.WriteCalibrationGeneration(new CalibrationGenerationRow("a", 0, null, 1.0, 100, 300, [1, 2, 3]));
            store.WriteCalibrationGeneration(new CalibrationGenerationRow("a", 1, 0.1 + 0.2, 0.37, 81.5, 813, [4, 5]));
            store.WriteCalibrationGeneration(new CalibrationGenerationRow("b", 0, null, 1.0, 100, 300, [9]));
        }
        using (var store = temp.Open())
        {
            var last = store.LastCalibrationGeneration("a")!;
            Assert.Equal((1, 0.1 + 0.2, 0.37, 81.5, 813L), (last.Generation, last.Epsilon!.Value, last.Acceptance, last.Ess, last.Runs));
            Assert.Equal([4, 5], last.Population);
            Assert.Null(store.LastCalibrationGeneration("b")!.Epsilon);
            Assert.Equal(2, store.DeleteCalibration("a"));
            Assert.Null(store.LastCalibrationGeneration("a"));
            Assert.NotNull(store.LastCalibrationGeneration("b"));
        }
    }

    [Fact]
    public void A_store_of_version_3_gains_the_calibration_table_and_keeps_its_runs()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
            store.Write(Hengyang.Key, [StoredRun.From(Hengyang.Model.Run(1))]);
        using (var raw = new SqliteConnection($"Data Source={temp.Path};Pooling=False"))
        {
            raw.Open();
            using var command = raw.CreateCommand();
            // Back to version 3's tables: no calibration populations, no model version on the runs.
            command.CommandText = "DROP TABLE calibration_generations; ALTER TABLE runs DROP COLUMN model_version; UPDATE schema_version SET version = 3;";
            command.ExecuteNonQuery();
        }
        using (var store = temp.Open())
        {
            // Kept, under the model version '' of runs stored before version 5 (see StoreMigrationTests).
            Assert.Equal(1, store.Count(Hengyang.Key with { ModelVersion = "" }));
            store.WriteCalibrationGeneration(new CalibrationGenerationRow("a", 0, null, 1, 2, 3, [7]));
            Assert.Equal([7], store.LastCalibrationGeneration("a")!.Population);
        }
    }
}
