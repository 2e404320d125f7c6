namespace Siege.Analysis.Battles;

/// <summary>The meaning of CDB90's codes, from CDB90DEF.csv and the revision's enum tables.</summary>
internal static class Codes
{
    private const int UnknownYear = 9999;
    private const int UnknownMonthOrDay = 99;
    private const int UnknownClock = 9999;
    // Note 12: when only the duration is known, a period starts at 5000 and ends at 5000 + the duration (HHMM).
    private const int DurationOnly = 5000;

    public static FormatException Bad(int id, string what) => new($"CDB90 battle {id}: {what}");

    public static DefenderPosture Posture(string code, int id) => code switch
    {
        "HD" => DefenderPosture.Hasty,
        "PD" => DefenderPosture.Prepared,
        "FD" => DefenderPosture.Fortified,
        "DL" => DefenderPosture.Delay,
        "WD" => DefenderPosture.Withdrawal,
        // One row writes "not available" with zeros instead of the letter O.
        "OO" or "00" => DefenderPosture.Unknown,
        _ => throw Bad(id, $"posture code '{code}'"),
    };

    public static PostureMix PostureMix(int code, int id) => code switch
    {
        0 => Battles.PostureMix.Single,
        1 => Battles.PostureMix.Combination,
        2 => Battles.PostureMix.Average,
        9 => Battles.PostureMix.Unknown,
        _ => throw Bad(id, $"POSTYPE {code}"),
    };

    public static BattleOutcome Outcome(int code, int id) => code switch
    {
        1 => BattleOutcome.AttackerWon,
        0 => BattleOutcome.Draw,
        -1 => BattleOutcome.AttackerLost,
        -9 => BattleOutcome.Unknown,
        _ => throw Bad(id, $"WINA {code}"),
    };

    // Characters outside the definitions (one TERRA2 has the letter O for a zero) read as "not available".
    public static Terrain Terrain(string code) => new(
        code,
        At(code, 0) switch { 'G' => Relief.Rugged, 'R' => Relief.Rolling, 'F' => Relief.Flat, _ => Relief.Unknown },
        At(code, 1) switch { 'W' => Cover.HeavilyWooded, 'M' => Cover.Mixed, 'B' => Cover.Bare, 'D' => Cover.Desert, _ => Cover.Unknown },
        At(code, 2) switch { 'U' => TerrainFeature.Urban, 'M' => TerrainFeature.Marsh, 'D' => TerrainFeature.Dunes, _ => TerrainFeature.None });

    public static Weather Weather(string code) => new(
        code,
        At(code, 0) switch { 'D' => Moisture.Dry, 'W' => Moisture.Wet, _ => Moisture.Unknown },
        At(code, 1) switch
        {
            'S' => Sky.Sunny,
            'O' => Sky.Overcast,
            'L' => Sky.LightPrecipitation,
            'H' => Sky.HeavyPrecipitation,
            _ => Sky.Unknown,
        },
        At(code, 2) switch { 'H' => Temperature.Hot, 'T' => Temperature.Temperate, 'C' => Temperature.Cold, _ => Temperature.Unknown },
        At(code, 3) switch { '$' => Season.Spring, 'S' => Season.Summer, 'F' => Season.Fall, 'W' => Season.Winter, _ => Season.Unknown },
        At(code, 4) switch { 'T' => Climate.Temperate, 'D' => Climate.Desert, 'E' => Climate.Tropical, _ => Climate.Unknown });

    public static DateOnly? Day(int year, int month, int day) =>
        year == UnknownYear || month == UnknownMonthOrDay || day == UnknownMonthOrDay ? null : new DateOnly(year, month, day);

    /// <summary>A 24-hour HHMM clock reading, or null for "unknown" and for the duration-only convention.</summary>
    public static int? Clock(int hhmm) => hhmm is >= 0 and <= 2400 && hhmm % 100 < 60 ? hhmm : null;

    public static ActivePeriod Period(DateOnly beginDay, int beginCode, DateOnly endDay, int endCode)
    {
        var begin = Clock(beginCode);
        var end = Clock(endCode);
        int? minutes = null;
        if (begin is { } b && end is { } e)
            minutes = (endDay.DayNumber - beginDay.DayNumber) * 24 * 60 + MinutesOf(e) - MinutesOf(b);
        else if (beginCode == DurationOnly && endCode is > DurationOnly and < UnknownClock)
            minutes = MinutesOf(endCode - DurationOnly);
        return new ActivePeriod(beginDay, begin, endDay, end, minutes);
    }

    private static int MinutesOf(int hhmm) => hhmm / 100 * 60 + hhmm % 100;

    private static char At(string code, int index) => index < code.Length ? code[index] : '0';
}
