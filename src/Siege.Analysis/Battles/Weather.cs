namespace Siege.Analysis.Battles;

public enum Moisture { Unknown, Dry, Wet }

public enum Sky { Unknown, Sunny, Overcast, LightPrecipitation, HeavyPrecipitation }

public enum Temperature { Unknown, Hot, Temperate, Cold }

public enum Season { Unknown, Spring, Summer, Fall, Winter }

public enum Climate { Unknown, Temperate, Desert, Tropical }

/// <summary>
/// One local weather description (WX1–WX3). The codes have five characters although CDB90DEF's note 4 lists four:
/// the fourth is the season ($ for spring) and the fifth the climate, as the revision's enum tables read them.
/// <paramref name="Code"/> is the code as written, e.g. "DSTST" (dry, sunny, temperate, summer, temperate climate).
/// </summary>
public sealed record Weather(string Code, Moisture Moisture, Sky Sky, Temperature Temperature, Season Season, Climate Climate);
