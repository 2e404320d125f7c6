using Siege.Ensembles;

namespace Siege.Calibration.Abc;

/// <summary>
/// Keeps a calibration's populations in the run store (table <c>calibration_generations</c>), one transaction per
/// generation, so that a calibration killed at any moment (SIGKILL included) resumes from its last complete
/// generation. The store is used from the calibrating thread only, as <see cref="RunStore"/> requires.
/// </summary>
public sealed class RunStorePopulationStore(RunStore store) : IAbcPopulationStore
{
    public void Save(string key, AbcPopulation population)
    {
        var stats = population.Stats;
        store.WriteCalibrationGeneration(new CalibrationGenerationRow(key, population.Generation,
            double.IsFinite(stats.Epsilon) ? stats.Epsilon : null, stats.Acceptance, stats.Ess, stats.Runs, PopulationBlob.Encode(population)));
    }

    public AbcPopulation? Last(string key) =>
        store.LastCalibrationGeneration(key) is { } row ? PopulationBlob.Decode(row.Population) : null;
}
