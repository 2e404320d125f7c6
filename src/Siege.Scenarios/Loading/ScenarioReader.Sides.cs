using Siege.Engine.Domain;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Loading;

// The optional `sides` mapping of scenario.yaml: what the text calls each side.
internal sealed partial class ScenarioReader
{
    /// <summary>
    /// <c>sides: {defender: {name, nameEn}, attacker: {name, nameEn}}</c>; without it the sides go by their roles
    /// (<see cref="SideNames.Roles"/>). A given mapping must name both sides in both languages.
    /// </summary>
    private SideNames ReadSides(MapReader? r)
    {
        if (r is null) return SideNames.Roles;
        var defender = ReadSideName(r.Map("defender"));
        var attacker = ReadSideName(r.Map("attacker"));
        r.Finish();
        return new SideNames(defender ?? SideNames.Roles.Defender, attacker ?? SideNames.Roles.Attacker);
    }

    private SideName? ReadSideName(MapReader? r)
    {
        if (r is null) return null;
        var name = ReadSideText(r, "name");
        var nameEn = ReadSideText(r, "nameEn");
        r.Finish();
        return name is null || nameEn is null ? null : new SideName(name, nameEn);
    }

    // A side's name is set into sentences, so it must be a short single line.
    private const int MaxSideNameLength = 40;

    private string? ReadSideText(MapReader r, string key)
    {
        var text = r.String(key);
        if (text is null) return null;
        if (text.Trim().Length == 0)
        {
            diagnostics.Add(r.Place(key)!.Value, $"{r.What}.{key}: a side's name must not be blank");
            return null;
        }
        if (text.Length > MaxSideNameLength || text.Any(char.IsControl))
        {
            diagnostics.Add(r.Place(key)!.Value, $"{r.What}.{key}: a side's name is a single line of at most {MaxSideNameLength} characters, got '{Quote.Text(text)}'");
            return null;
        }
        return text;
    }
}
