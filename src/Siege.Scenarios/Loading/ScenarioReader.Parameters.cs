using Siege.Engine.Domain;
using Siege.Scenarios.Schema.Definitions;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Loading;

internal sealed partial class ScenarioReader
{
    private (AttackerDoctrine?, DefenderDoctrine?) ReadDoctrine(MapReader? r)
    {
        if (r is null) return (null, null);
        var attackerMap = r.Map("attacker");
        var attacker = ReadParameters<AttackerDoctrine>(attackerMap);
        if (attacker is not null) CheckPauseBelowOpening(attackerMap!, attacker);
        var defender = ReadParameters<DefenderDoctrine>(r.Map("defender"));
        r.Finish();
        return (attacker, defender);
    }

    /// <summary>
    /// An offensive pauses on thresholds below those that open it, so that one opened at a threshold does not stop in
    /// the next hour and open again after regrouping; a pause threshold of 0 can never be crossed and stands alone.
    /// </summary>
    private void CheckPauseBelowOpening(MapReader r, AttackerDoctrine d)
    {
        Check(nameof(d.PauseForceRatio), d.PauseForceRatio, "offensiveForceRatio", d.OffensiveForceRatio);
        Check(nameof(d.PauseShellHours), d.PauseShellHours, "offensiveShellHours", d.OffensiveShellHours);

        void Check(string name, Figure pause, string openingKey, Figure opening)
        {
            var key = char.ToLowerInvariant(name[0]) + name[1..];
            if (pause.Value > 0 && pause.Value >= opening.Value)
                diagnostics.Add(r.Place(key)!.Value, $"{r.What}.{key}: {Format(pause.Value)} must be below {openingKey} ({Format(opening.Value)}), or 0, so that an offensive does not flicker at the threshold");
        }
    }

    /// <summary>
    /// Reads a parameter record field by field: its YAML keys are the record's constructor parameters in camelCase,
    /// each a figure with its source, all required (<see cref="ParameterDefinitions"/>); so the file, the schema and
    /// the engine can never drift apart silently.
    /// </summary>
    private T? ReadParameters<T>(MapReader? r) where T : class
    {
        if (r is null) return null;
        var values = new List<object?>();
        foreach (var parameter in ParameterDefinitions.Parameters<T>())
        {
            var key = ParameterDefinitions.YamlKey(parameter);
            var figure = ReadNonNegative(r, key);
            if (figure is not null && figure.SourceKeys.IsEmpty)
                diagnostics.Add(r.Place(key)!.Value, $"{r.What}.{key}: give the parameter's source (a key of the sources list, or GUESS)");
            values.Add(figure);
        }
        r.Finish();
        return values.Any(v => v is null) ? null : (T)typeof(T).GetConstructors().Single().Invoke([.. values]);
    }
}
