using Siege.Engine.Simulation;
using Siege.Scenarios.Loading;

namespace Siege.Ensembles;

/// <summary>
/// What a stored run belongs to: the scenario's content hash, a variant's content hash and the engine's model version.
/// Together with the seed they identify a run, so neither editing the scenario file (new hash) nor a newer engine that
/// makes different runs of it (new <see cref="SiegeModel.ModelVersion"/>) can mix stale runs into a summary.
/// </summary>
/// <param name="ScenarioId">The scenario's id, for output only; it is not part of the key.</param>
/// <param name="ScenarioHash">The content hash of the scenario's files (<see cref="LoadedScenario.ContentHash"/>).</param>
/// <param name="VariantHash">The content hash of the variant applied to it, or <see cref="NoVariant"/>.</param>
public sealed record EnsembleKey(string ScenarioId, string ScenarioHash, string VariantHash)
{
    /// <summary>The variant hash of the scenario as written, with no variant applied.</summary>
    public const string NoVariant = "";

    /// <summary>The engine model version the runs were made with: this program's, unless set to read another's.</summary>
    public string ModelVersion { get; init; } = SiegeModel.ModelVersion;

    public static EnsembleKey Of(LoadedScenario loaded, string variantHash = NoVariant) =>
        new(loaded.Scenario.Id, loaded.ContentHash, variantHash);
}
