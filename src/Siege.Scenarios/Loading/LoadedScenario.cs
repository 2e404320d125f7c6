using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Scenarios.Record;

namespace Siege.Scenarios.Loading;

/// <summary>One entry of the sources list; <see cref="Note"/> is in English and <see cref="NoteZh"/> its Chinese.</summary>
public sealed record SourceReference(string Id, string Title, string? Author, string? Year, string? Url, string? Licence, string? Note, string? NoteZh = null);

/// <summary>
/// A scenario as loaded: the engine's input, the historical record and the source list kept apart from it,
/// and a hash of the files' content (what a stored run is keyed by).
/// </summary>
public sealed record LoadedScenario(
    Scenario Scenario,
    HistoricalRecord Record,
    ImmutableArray<SourceReference> Sources,
    string Summary,
    string SummaryEn,
    string ContentHash,
    string Location,
    ImmutableArray<int> Cdb90Battles = default)
{
    /// <summary>CDB90 battles (by ISQNO) that describe the same fighting, for a run to be set beside; often none.</summary>
    public ImmutableArray<int> RelatedCdb90Battles => Cdb90Battles.IsDefault ? [] : Cdb90Battles;

    /// <summary>
    /// The record items <c>siege calibrate</c> fits when none are named (the scenario's <c>calibration.observe</c>);
    /// empty when the scenario names none, and then every item a run measures is fitted.
    /// </summary>
    public ImmutableArray<string> CalibrationItems { get; init; } = [];
}
