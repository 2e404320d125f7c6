namespace Siege.Scenarios.Tests.Fuzzing;

/// <summary>
/// What the mutations put into a file: the YAML tokens and odd values the brief for these tests names (indicators,
/// anchors and aliases, tags, a tab, 1e400, NaN, an empty and a 10,000-character string, a BOM, line breaks YAML
/// counts), numbers past every bound the engine has, unknown keys, and for variants ops, paths and arguments.
/// </summary>
internal static class FuzzTokens
{
    /// <summary>Tokens inserted into the text or put in place of a value: YAML syntax, odd scalars, odd characters.</summary>
    public static readonly string[] Tokens =
    [
        ":", "- ", "{", "[", "}", "]", "&a ", "*a", "&a [*a]", "<<: *a", "!!binary ", "!!int ", "!custom ", "~", "\t",
        "1e400", "-1", "NaN", ".nan", "-.inf", "\"\"", "''", "\"", "'", "#", "|", ">", "? ", ",", "%YAML 1.1", "---", "...",
        "null", "true", "@", "`", "\r", "\u0085", "\u2028", "\uFEFF", "\0", "99999999999999999999", "2147483648",
        "1944-02-30", "0001-01-01", "9999-12-31T23:00", "25:61", new string('x', 10_000),
    ];

    /// <summary>What a number is replaced with: negative, huge, not a number, not finite, past 32 bits.</summary>
    public static readonly string[] Numbers =
    [
        "-1", "0", "1e400", "-1e400", "NaN", ".nan", ".inf", "1e300", "1e15", "2147483648", "-2147483648",
        "99999999999999999999", "0.0000001", "-0", "1e-320", "4e9", "2147483647", "1e308", "1e12",
    ];

    /// <summary>Tokens that mean something in a variant: ops, paths that select oddly, extreme arguments.</summary>
    public static readonly string[] VariantTokens =
    [
        .. Tokens, "set", "scale", "shift", "add", "remove", "\"forces.defender.units[*].units[*]\"", "\"events[99999999999]\"",
        "\"[*]\"", "\"a..b\"", "\"events[id=]\"", "\"map.positions[*].id\"", "\"map.positions\"", "\"map\"", "\"events[*].at\"",
        "\"forces.defender.units[0].units[0].strength\"", "\"combat.defenderKilledShare\"", "\"horizonDays\"", "\"start\"",
        "\"doctrine.defender\"", "-2147483648", "2147483647", "1e308", "{value: 1e308, source: GUESS}", "[1, 2, 3]", "{}",
    ];

    /// <summary>Keys put in place of a key: unknown, wrong case, empty, the merge key.</summary>
    public static readonly string[] Keys = ["bogusKey", "Id", "id2", "\"\"", "<<", "x y", "nameEN"];
}
