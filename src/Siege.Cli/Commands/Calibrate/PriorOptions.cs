using Siege.Analysis.Attrition;
using Siege.Calibration;
using Siege.Cli.Commands.Battles;
using Siege.Scenarios.Loading;
using Spectre.Console;

namespace Siege.Cli.Commands.Calibrate;

/// <summary>
/// The <c>--posture</c> and <c>--terrain</c> of the commands that build a CDB90 prior for a scenario (<c>calibrate</c>,
/// <c>battles calibrate</c>). The classes are a fact of the battle, so they default to the scenario's own
/// (<c>calibration.prior</c>); an option given wins, and a scenario without them needs both options.
/// </summary>
internal static class PriorOptions
{
    public const string YamlKey = "calibration.prior";

    public const string PostureDescription =
        "The defender's posture in CDB90's classes, for the prior: hasty, prepared, fortified or other. Default: the scenario's " + YamlKey + ".posture.";

    public const string TerrainDescription =
        "The ground in CDB90's classes, for the prior: open, rugged, wooded, desert or urban. Default: the scenario's " + YamlKey + ".terrain.";

    /// <summary>Checks the options' values, if given, before any work.</summary>
    public static ValidationResult Validate(string? posture, string? terrain)
    {
        if (posture is not null && BattlesPredictCommand.Parse<PostureClass>(posture) is null)
            return ValidationResult.Error($"--posture must be {Names<PostureClass>()}, not '{posture}'");
        if (terrain is not null && BattlesPredictCommand.Parse<TerrainClass>(terrain) is null)
            return ValidationResult.Error($"--terrain must be {Names<TerrainClass>()}, not '{terrain}'");
        return ValidationResult.Success();
    }

    /// <summary>The setting the prior is built for: each class from its option if given, else from the scenario.</summary>
    public static Cdb90Setting Resolve(LoadedScenario loaded, string? posture, string? terrain)
    {
        var own = loaded.PriorClass;
        var postureClass = posture is not null ? BattlesPredictCommand.Parse<PostureClass>(posture) : own is null ? null : Cdb90Setting.PostureOf(own.Posture);
        var terrainClass = terrain is not null ? BattlesPredictCommand.Parse<TerrainClass>(terrain) : own is null ? null : Cdb90Setting.TerrainOf(own.Terrain);
        if (postureClass is null || terrainClass is null)
        {
            var missing = postureClass is null && terrainClass is null ? "--posture and --terrain" : postureClass is null ? "--posture" : "--terrain";
            throw new CliException($"scenario {loaded.Scenario.Id} gives no CDB90 classes for the prior ({YamlKey}: {{posture, terrain}} in its YAML); pass {missing}");
        }
        return Cdb90Setting.Of(loaded.Scenario, postureClass.Value, terrainClass.Value);
    }

    /// <summary>The names the options take, as a sentence lists them: "open, rugged or urban".</summary>
    private static string Names<T>() where T : struct, Enum
    {
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList();
        return string.Join(", ", names[..^1]) + " or " + names[^1];
    }
}
