using Siege.Engine.Domain;

namespace Siege.Trace;

/// <summary>The Chinese and English name of everything a chronicle entry can name: positions, crossings, units, supplies, events.</summary>
public sealed class ScenarioNames
{
    private readonly Dictionary<string, (string Zh, string En)> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _places = new(StringComparer.Ordinal);

    public ScenarioNames(Scenario s)
    {
        foreach (var p in s.Map.Positions) _names[p.Id] = (p.Name, p.NameEn);
        foreach (var c in s.Map.Rivers.SelectMany(r => r.Crossings)) _names[c.Id] = (c.Name, c.NameEn);
        _places.UnionWith(_names.Keys);
        foreach (var u in s.Forces.Defender.SelfAndDescendants().Concat(s.Forces.Attacker.SelfAndDescendants())) _names[u.Id] = (u.Name, u.NameEn);
        foreach (var supply in s.Supplies.Defender.Concat(s.Supplies.Attacker)) _names[supply.Id] = (supply.Name, supply.NameEn);
        foreach (var e in s.Events)
        {
            switch (e)
            {
                case NoteEvent note: _names[e.Id] = (note.Text, note.TextEn); break;
                case ReliefApproachEvent relief: _names[e.Id] = (relief.ForceName, relief.ForceNameEn); break;
            }
        }
    }

    /// <summary>The name in one language; an id with no name stays the id.</summary>
    public string Of(string? id, Language language) =>
        id is null ? "?" : _names.TryGetValue(id, out var n) ? language == Language.Chinese ? n.Zh : n.En : id;

    /// <summary>
    /// As the command line's English chronicle names things: places as "中文 (English)", so a reader can find them on a
    /// Chinese map, and units, supplies and events in English.
    /// </summary>
    public string ForEnglishChronicle(string? id) =>
        id is null ? "?" : !_names.TryGetValue(id, out var n) ? id : _places.Contains(id) ? $"{n.Zh} ({n.En})" : n.En;
}
