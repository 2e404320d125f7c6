using Siege.Scenarios.Text;

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
        var nearest = names.Select(name => (Name: name, Distance: EditDistance.Between(typed, name, ignoreCase: true))).OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault();
        // One- and two-letter names are too short to guess from: any letter is one edit from any other.
        var allowed = typed.Length < 3 ? 0 : Math.Max(1, typed.Length / 3);
        if (nearest.Name is not null && nearest.Distance <= allowed) return nearest.Name;
        var prefixed = names.Where(name => Math.Min(name.Length, typed.Length) >= 3
            && (name.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || typed.StartsWith(name, StringComparison.OrdinalIgnoreCase))).ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }
}
