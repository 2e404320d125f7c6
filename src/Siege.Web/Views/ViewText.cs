using System.Globalization;

namespace Siege.Web.Views;

/// <summary>Times and names of enum values as the trace writes them, so the API and the trace read alike.</summary>
internal static class ViewText
{
    /// <summary>Local time of the battle, <c>yyyy-MM-ddTHH:mm</c>.</summary>
    public static string Time(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Camel<T>(T value) where T : struct, Enum
    {
        var s = value.ToString();
        return char.ToLowerInvariant(s[0]) + s[1..];
    }

    /// <summary>A figure's value as a whole number, as the scenario's counts of men, guns and rounds are.</summary>
    public static long Whole(double value) => (long)Math.Round(value);
}
