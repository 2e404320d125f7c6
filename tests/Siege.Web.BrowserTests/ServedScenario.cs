using System.Globalization;
using System.Text.Json;

namespace Siege.Web.BrowserTests;

/// <summary>
/// A scenario as <c>GET /api/scenarios/{id}</c> answers it: the record's dated items, the sources list and each
/// position's source keys, which the page must show as they are.
/// </summary>
public sealed class ServedScenario
{
    private ServedScenario(JsonElement root)
    {
        Start = DateTime.ParseExact(root.GetProperty("start").GetString()!, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        DatedRecord = [.. root.GetProperty("record").EnumerateArray().Where(r => DatedKinds.Contains(r.GetProperty("kind").GetString()))];
        SourceTitles = root.GetProperty("sources").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("title").GetString()!);
        PositionSources = root.GetProperty("positionSources").EnumerateArray().ToDictionary(
            p => p.GetProperty("position").GetString()!,
            p => (Facts: (IReadOnlyList<string>)Keys(p.GetProperty("sources")), Place: (IReadOnlyList<string>)Keys(p.GetProperty("place"))));
    }

    /// <summary>The record's kinds that carry dates, and so marks on the timeline.</summary>
    public static readonly IReadOnlySet<string?> DatedKinds = new HashSet<string?> { "offensive", "positionLost", "positionLostBy", "positionsLost", "positionHeld", "positionsHeld", "siegeEnd" };

    public DateTime Start { get; }

    public IReadOnlyList<JsonElement> DatedRecord { get; }

    public IReadOnlyDictionary<string, string> SourceTitles { get; }

    public IReadOnlyDictionary<string, (IReadOnlyList<string> Facts, IReadOnlyList<string> Place)> PositionSources { get; }

    public static async Task<ServedScenario> FetchAsync(ViewerServer server, string scenario = "hengyang-1944")
    {
        await using var stream = await server.Http.GetStreamAsync($"/api/scenarios/{scenario}");
        using var document = await JsonDocument.ParseAsync(stream);
        return new ServedScenario(document.RootElement.Clone());
    }

    /// <summary>The hour since the scenario's start at which a record day (yyyy-MM-dd) begins.</summary>
    public int HourOf(string day) =>
        (int)(DateTime.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) - Start).TotalHours;

    /// <summary>The first day an item covers: an offensive's start, a loss's first day, a held or end date.</summary>
    public static string FirstDay(JsonElement item) => item.GetProperty("kind").GetString() switch
    {
        "offensive" => item.GetProperty("start").GetString()!,
        "positionLost" => item.GetProperty("from").GetString()!,
        _ => item.GetProperty("date").GetString()!,
    };

    private static List<string> Keys(JsonElement array) => [.. array.EnumerateArray().Select(k => k.GetString()!)];
}
