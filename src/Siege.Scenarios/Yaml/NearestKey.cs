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

    /// <summary>
    /// Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment): the fewest
    /// insertions, deletions, substitutions and swaps that turn one text into the other.
    /// </summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
