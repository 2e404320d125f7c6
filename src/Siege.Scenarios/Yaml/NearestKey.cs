namespace Siege.Scenarios.Yaml;

/// <summary>
/// The declared key an unknown one was probably meant to be: the closest by edit distance, when it is close enough
/// to be a typo (one edit for short keys, two for longer ones) and no other key is as close.
/// </summary>
internal static class NearestKey
{
    public static string? Of(string unknown, IEnumerable<string> keys)
    {
        var allowed = Math.Clamp(unknown.Length / 3, 1, 2);
        var ranked = keys.Select(k => (Key: k, Distance: Distance(unknown, k))).Where(k => k.Distance <= allowed).OrderBy(k => k.Distance).ToList();
        return ranked.Count == 0 || (ranked.Count > 1 && ranked[1].Distance == ranked[0].Distance) ? null : ranked[0].Key;
    }

    /// <summary>Levenshtein distance: the fewest insertions, deletions and substitutions that turn one text into the other.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
