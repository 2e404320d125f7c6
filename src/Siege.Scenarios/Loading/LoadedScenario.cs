using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Scenarios.Record;

namespace Siege.Scenarios.Loading;

/// <summary>
/// One entry of the sources list; <see cref="Note"/> is in English and <see cref="NoteZh"/> its Chinese. A page that
/// changes (a Wikipedia article) says which text was read: its <see cref="Revision"/> (the oldid of the permanent
/// link) or the date it was <see cref="Accessed"/>, and <see cref="Sha256"/> the hash of the copy read, so that a
/// reader can check a fact against the same text.
/// </summary>
public sealed record SourceReference(string Id, string Title, string? Author, string? Year, string? Url, string? Licence, string? Note, string? NoteZh = null,
    long? Revision = null, DateOnly? Accessed = null, string? Sha256 = null);

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
    ImmutableArray<int> Cdb90Battles = default,
    ImmutableDictionary<string, PositionSources>? PositionSourceKeys = null)
{
    /// <summary>CDB90 battles (by ISQNO) that describe the same fighting, for a run to be set beside; often none.</summary>
    public ImmutableArray<int> RelatedCdb90Battles => Cdb90Battles.IsDefault ? [] : Cdb90Battles;

    /// <summary>Where each position's facts and place come from, by position id (the engine never reads them).</summary>
    public PositionSources SourcesOfPosition(string id) =>
        PositionSourceKeys?.GetValueOrDefault(id) ?? PositionSources.None;

    /// <summary>
    /// The record items <c>siege calibrate</c> fits when none are named (the scenario's <c>calibration.observe</c>);
    /// empty when the scenario names none, and then every item a run measures is fitted.
    /// </summary>
    public ImmutableArray<string> CalibrationItems { get; init; } = [];

    /// <summary>
    /// The battle in CDB90's classes (the scenario's <c>calibration.prior</c>), which the CDB90 prior of the kill rates
    /// is built for; null when the scenario gives none, and then the hosts ask for the classes.
    /// </summary>
    public Cdb90Class? PriorClass { get; init; }

    /// <summary>The default of the joint calibration (the scenario's <c>calibration.joint</c>); null when it gives none.</summary>
    public JointCalibration? JointCalibration { get; init; }
}

/// <summary>
/// What <c>siege calibrate --method abc</c> fits by default: the paths of the ranged figures (each checked, when the
/// scenario loads, to name one figure with a range) and the ids of record items left out of the distance.
/// </summary>
public sealed record JointCalibration(ImmutableArray<string> Parameters, ImmutableArray<string> LeaveOut);

/// <summary>
/// The source keys of a position: <see cref="Facts"/> for what the map says of it (its <c>source</c>), and
/// <see cref="Place"/> for where it is drawn (its <c>positionSource</c>).
/// </summary>
public sealed record PositionSources(ImmutableArray<string> Facts, ImmutableArray<string> Place)
{
    public static readonly PositionSources None = new([], []);
}
