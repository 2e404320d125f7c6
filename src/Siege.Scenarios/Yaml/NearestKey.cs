using Siege.Scenarios.Text;

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
        var ranked = keys.Select(k => (Key: k, Distance: EditDistance.Between(unknown, k))).Where(k => k.Distance <= allowed).OrderBy(k => k.Distance).ToList();
        return ranked.Count == 0 || (ranked.Count > 1 && ranked[1].Distance == ranked[0].Distance) ? null : ranked[0].Key;
    }
}
