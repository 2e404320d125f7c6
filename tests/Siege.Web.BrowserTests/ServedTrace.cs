using System.Text.Json;

namespace Siege.Web.BrowserTests;

/// <summary>A run's trace as the server answers it (docs/trace-format.md): what the page must show, hour by hour.</summary>
public sealed class ServedTrace
{
    private readonly JsonElement root;

    private ServedTrace(JsonElement root)
    {
        this.root = root;
        PositionIds = [.. root.GetProperty("map").GetProperty("positions").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
        PositionNames = root.GetProperty("map").GetProperty("positions").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => (Zh: p.GetProperty("name").GetString()!, En: p.GetProperty("nameEn").GetString()!));
        EndHour = root.GetProperty("endHour").GetInt32();
    }

    public IReadOnlyList<string> PositionIds { get; }

    public IReadOnlyDictionary<string, (string Zh, string En)> PositionNames { get; }

    public int EndHour { get; }

    public static async Task<ServedTrace> FetchAsync(ViewerServer server, string scenario = "hengyang-1944", int seed = 1)
    {
        await using var stream = await server.Http.GetStreamAsync($"/api/scenarios/{scenario}/runs/{seed}");
        using var document = await JsonDocument.ParseAsync(stream);
        return new ServedTrace(document.RootElement.Clone());
    }

    /// <summary>Who holds each position at the end of an hour, by id.</summary>
    public Dictionary<string, string> HoldersAt(int hour)
    {
        var holders = Frame(hour).GetProperty("holders").GetString()!;
        return PositionIds.Select((id, i) => (id, holder: holders[i].ToString())).ToDictionary(p => p.id, p => p.holder);
    }

    /// <summary>The first hour at which a position has changed hands since the start.</summary>
    public int FirstHourWithALoss()
    {
        var start = Frame(0).GetProperty("holders").GetString();
        return Enumerable.Range(1, EndHour).First(h => Frame(h).GetProperty("holders").GetString() != start);
    }

    /// <summary>The defender's combatants and the attacker's assault infantry at the end of an hour.</summary>
    public (int Defenders, int Attackers) StrengthAt(int hour) =>
        (Frame(hour).GetProperty("defender").GetProperty("combatants").GetInt32(),
         Frame(hour).GetProperty("attacker").GetProperty("infantry").GetInt32());

    /// <summary>The hour of the run's cease-fire event and the men it says were taken prisoner.</summary>
    public (int Hour, int Men) CeaseFire()
    {
        for (var hour = EndHour; hour >= 0; hour--)
        {
            foreach (var e in Frame(hour).GetProperty("events").EnumerateArray())
                if (e.GetProperty("kind").GetString() == "ceaseFire") return (hour, e.GetProperty("men").GetInt32());
        }
        throw new InvalidOperationException("the run has no cease-fire");
    }

    /// <summary>The men at each position at the end of an hour, by id.</summary>
    public Dictionary<string, int> GarrisonsAt(int hour)
    {
        var garrisons = Frame(hour).GetProperty("garrisons").EnumerateArray().Select(g => g.GetInt32()).ToList();
        return PositionIds.Select((id, i) => (id, men: garrisons[i])).ToDictionary(p => p.id, p => p.men);
    }

    /// <summary>The battle time at the start of the run, as the trace writes it (yyyy-MM-ddTHH:mm).</summary>
    public string Start => root.GetProperty("scenario").GetProperty("start").GetString()!;

    /// <summary>The English sentences of an hour's events, in order.</summary>
    public IReadOnlyList<string> EventTextsAt(int hour) =>
        [.. Frame(hour).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("textEn").GetString()!)];

    private JsonElement Frame(int hour) => root.GetProperty("hours")[hour];
}
