namespace Siege.Cli.Infrastructure;

/// <summary>The name a mistyped one was most likely meant to be, by edit distance.</summary>
internal static class NearestName
{
    /// <summary>
    /// The candidate closest to <paramref name="typed"/>, if it is close: within one edit (a dropped, added, changed or
    /// swapped letter) for every three letters typed (none below three), or else the only one that begins with the other
    /// (<c>--out</c> for <c>--output</c>, <c>--threads</c> for <c>--thread</c>).
    /// </summary>
    public static string? Of(string typed, IEnumerable<string> candidates)
    {
        var names = candidates.Distinct(StringComparer.Ordinal).ToList();
        var nearest = names.Select(name => (Name: name, Distance: Distance(typed, name))).OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault();
        // One- and two-letter names are too short to guess from: any letter is one edit from any other.
        var allowed = typed.Length < 3 ? 0 : Math.Max(1, typed.Length / 3);
        if (nearest.Name is not null && nearest.Distance <= allowed) return nearest.Name;
        var prefixed = names.Where(name => Math.Min(name.Length, typed.Length) >= 3
            && (name.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || typed.StartsWith(name, StringComparison.OrdinalIgnoreCase))).ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost one.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
