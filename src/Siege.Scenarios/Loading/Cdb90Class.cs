using System.Collections.Immutable;

namespace Siege.Scenarios.Loading;

/// <summary>
/// The defender's posture in the classes of the CDB90 attrition fit: CDB90's own codes HD, PD and FD, and the rest
/// (delay, withdrawal, unknown) together. The names are those of <c>Siege.Analysis.Attrition.PostureClass</c>, which
/// the scenario loader does not reference (it would bring the statistics and the CDB90 data with it); the hosts
/// convert by name, and a test keeps the two lists equal.
/// </summary>
public enum Cdb90Posture { Hasty, Prepared, Fortified, Other }

/// <summary>The terrain in the classes of the CDB90 attrition fit (<c>Siege.Analysis.Attrition.TerrainClass</c>, by name).</summary>
public enum Cdb90Terrain { Open, Rugged, Wooded, Desert, Urban }

/// <summary>
/// The battle in CDB90's classes (<c>calibration.prior</c>): what the CDB90 prior of the kill rates is built for, in
/// <c>siege calibrate</c>, <c>siege battles calibrate</c> and the report. Classing a battle is a judgement, so it
/// names its sources (the battle's CDB90 rows, or GUESS with the reasons in the note); <see cref="Note"/> is in English
/// and <see cref="NoteZh"/> its Chinese.
/// </summary>
public sealed record Cdb90Class(Cdb90Posture Posture, Cdb90Terrain Terrain, ImmutableArray<string> Sources, string? Note, string? NoteZh);
