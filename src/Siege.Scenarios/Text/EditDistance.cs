namespace Siege.Scenarios.Text;

/// <summary>
/// How far apart two names are, for guessing which one a typo meant (a YAML key here, an option or command in the
/// command line): the fewest insertions, deletions, substitutions and swaps of neighbouring letters that turn one into
/// the other (optimal string alignment distance).
/// </summary>
public static class EditDistance
{
    public static int Between(string a, string b, bool ignoreCase = false)
    {
        bool Same(char x, char y) => ignoreCase ? char.ToLowerInvariant(x) == char.ToLowerInvariant(y) : x == y;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (Same(a[i - 1], b[j - 1]) ? 0 : 1));
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
