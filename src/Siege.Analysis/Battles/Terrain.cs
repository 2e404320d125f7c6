namespace Siege.Analysis.Battles;

public enum Relief { Unknown, Rugged, Rolling, Flat }

public enum Cover { Unknown, HeavilyWooded, Mixed, Bare, Desert }

public enum TerrainFeature { None, Urban, Marsh, Dunes }

/// <summary>
/// One local terrain description (TERRA1/TERRA2): three characters, CDB90DEF note 3. <paramref name="Code"/> is the
/// source's code as written, e.g. "RM0" (rolling, mixed cover, nothing special).
/// </summary>
public sealed record Terrain(string Code, Relief Relief, Cover Cover, TerrainFeature Feature);
