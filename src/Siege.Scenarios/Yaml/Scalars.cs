using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Yaml;

/// <summary>Scalars parsed as the scenario format writes them, with a message at the node when one is not.</summary>
internal static class Scalars
{
    /// <summary>How a local time of the battle is written: to the minute or the second, or a date alone for midnight.</summary>
    public static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];

    public static double? Number(Located at, string what, Diagnostics diagnostics)
    {
        if (at.Node is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
            return value;
        diagnostics.Add(at, $"{what}: expected a number, got '{Shown(at)}'");
        return null;
    }

    public static DateTime? Time(Located at, string what, Diagnostics diagnostics)
    {
        if (at.Node is YamlScalarNode { Value: { } text }
            && DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        diagnostics.Add(at, $"{what}: expected a local time like 1944-06-22T20:00, got '{Shown(at)}'");
        return null;
    }

    /// <summary>A node as a message shows it: a scalar's text (see <see cref="Quote.Text"/>), or the kind of node.</summary>
    public static string Shown(Located at) =>
        at.Node is YamlScalarNode { Value: { } text } ? Quote.Text(text) : at.Node.NodeType.ToString().ToLowerInvariant();
}
