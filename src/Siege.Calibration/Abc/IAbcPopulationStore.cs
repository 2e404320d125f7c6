using System.Collections.Concurrent;

namespace Siege.Calibration.Abc;

/// <summary>
/// Where a calibration keeps each complete generation, so that one killed at any moment continues from the last
/// generation it finished. A population is saved once it is complete and never changed afterwards.
/// </summary>
public interface IAbcPopulationStore
{
    /// <summary>Keeps <paramref name="population"/> under <paramref name="key"/> (the generation's number is in it).</summary>
    void Save(string key, AbcPopulation population);

    /// <summary>The latest generation kept under <paramref name="key"/>, or null if there is none.</summary>
    AbcPopulation? Last(string key);
}

/// <summary>A store in memory, for tests and for callers that need no resuming.</summary>
public sealed class InMemoryPopulationStore : IAbcPopulationStore
{
    private readonly ConcurrentDictionary<string, AbcPopulation> _last = new(StringComparer.Ordinal);

    public void Save(string key, AbcPopulation population) => _last[key] = population;

    public AbcPopulation? Last(string key) => _last.TryGetValue(key, out var population) ? population : null;
}
