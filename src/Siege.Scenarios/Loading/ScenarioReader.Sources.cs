using System.Globalization;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Loading;

/// <summary>
/// Which text of a source was read. A Wikipedia article changes from day to day, so a fact cited to it can only be
/// checked against the revision (or at least the date) it was read at; the hash of a local copy lets a reader confirm
/// they hold the same text.
/// </summary>
internal sealed partial class ScenarioReader
{
    private const int Sha256HexDigits = 64;
    // Wikipedia's revision ids are positive and, today, ten digits at most; twelve leave room and fit a long.
    private const int MaxRevisionDigits = 12;

    /// <summary>The optional <c>revision</c>: the oldid of the page's permanent link, digits only.</summary>
    private long? ReadRevision(MapReader r, string what)
    {
        if (r.String("revision") is not { } text) return null;
        if (text.Length is > 0 and <= MaxRevisionDigits && text[0] != '0' && text.All(char.IsAsciiDigit))
            return long.Parse(text, CultureInfo.InvariantCulture);
        diagnostics.Add(r.Place("revision")!.Value, $"{what}.revision: expected a Wikipedia revision id (the digits after oldid= in the page's permanent link), got '{Quote.Text(text)}'");
        return null;
    }

    /// <summary>The optional <c>accessed</c>: the day the source was read, as yyyy-MM-dd.</summary>
    private DateOnly? ReadAccessed(MapReader r, string what)
    {
        if (r.String("accessed") is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        diagnostics.Add(r.Place("accessed")!.Value, $"{what}.accessed: expected the date the source was read as yyyy-MM-dd, got '{Quote.Text(text)}'");
        return null;
    }

    /// <summary>The optional <c>sha256</c> of the copy that was read, kept in lower case as sha256sum prints it.</summary>
    private string? ReadSha256(MapReader r, string what)
    {
        if (r.String("sha256") is not { } text) return null;
        if (text.Length == Sha256HexDigits && text.All(char.IsAsciiHexDigit)) return text.ToLowerInvariant();
        diagnostics.Add(r.Place("sha256")!.Value, $"{what}.sha256: expected the {Sha256HexDigits} hexadecimal digits of a SHA-256 hash, got '{Quote.Text(text)}'");
        return null;
    }

    /// <summary>A source on wikipedia.org must say which text was read: its revision or the date it was read.</summary>
    private void CheckWikipediaReading(MapReader r, string? url, string what)
    {
        if (url is null || !IsWikipedia(url) || r.Has("revision") || r.Has("accessed")) return;
        diagnostics.Add(r.Place("url")!.Value, $"{what}: a Wikipedia page changes over time; say which text was read with revision (the oldid of its permanent link) or accessed (the date read, yyyy-MM-dd)");
    }

    private static bool IsWikipedia(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Host.Equals("wikipedia.org", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".wikipedia.org", StringComparison.OrdinalIgnoreCase));
}
