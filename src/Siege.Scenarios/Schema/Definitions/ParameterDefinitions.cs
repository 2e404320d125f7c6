using System.Reflection;
using Siege.Engine.Domain;

namespace Siege.Scenarios.Schema.Definitions;

/// <summary>
/// The doctrine and combat parameters, taken by reflection from the engine's parameter records: their YAML keys are
/// the constructor parameters in camelCase, each a required figure with its source, described by its
/// <see cref="ParameterAttribute"/>. The files, the schema and the engine can never drift apart silently.
/// </summary>
internal static class ParameterDefinitions
{
    public static readonly MappingDefinition Doctrine = new("doctrine", "How each side decides.",
        Key.Required("attacker", Shape.Of(() => Attacker), "When the attacker opens and pauses a general offensive, and how it commits its infantry."),
        Key.Required("defender", Shape.Of(() => Defender), "How the garrison reinforces, falls back, counter-attacks and, at the end, ceases resistance."));

    public static readonly MappingDefinition Attacker = Of<AttackerDoctrine>("attackerDoctrine",
        "The attacker's doctrine: every threshold reads the state of the battle, never the calendar. Every key is required and names its source.");

    public static readonly MappingDefinition Defender = Of<DefenderDoctrine>("defenderDoctrine",
        "The defender's doctrine. Every key is required and names its source.");

    public static readonly MappingDefinition Combat = Of<CombatParameters>("combatParameters",
        "The attrition model's rates and multipliers (Lanchester square law with Dupuy's QJM factors). Every key is required and names its source.");

    /// <summary>The parameter records in the order the reference lists them, with the YAML path of each.</summary>
    public static readonly IReadOnlyList<(string Path, Type Record)> Records =
        [("doctrine.attacker", typeof(AttackerDoctrine)), ("doctrine.defender", typeof(DefenderDoctrine)), ("combat", typeof(CombatParameters))];

    /// <summary>Every constructor parameter of <typeparamref name="T"/>, in order.</summary>
    public static IReadOnlyList<ParameterInfo> Parameters<T>() => Parameters(typeof(T));

    public static IReadOnlyList<ParameterInfo> Parameters(Type record) => record.GetConstructors().Single().GetParameters();

    /// <summary>The YAML key of a constructor parameter: its name in camelCase.</summary>
    public static string YamlKey(ParameterInfo parameter) => char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];

    /// <summary>The description and unit of a parameter; a parameter without them is a programming error.</summary>
    public static ParameterAttribute Described(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<ParameterAttribute>() is { Unit.Length: > 0, Description.Length: > 0 } attribute
            ? attribute
            : throw new Yaml.ProgrammingError($"{parameter.Member.DeclaringType?.Name}.{parameter.Name} has no [Parameter] with a unit and a description");

    /// <summary>The key of one described constructor parameter of <typeparamref name="T"/> (a supply's use rates).</summary>
    public static KeyDefinition FromParameter<T>(string name, Need need, Shape shape) =>
        KeyOf(Parameters<T>().Single(p => p.Name == name), need, shape);

    private static MappingDefinition Of<T>(string name, string description) =>
        new(name, description, [.. Parameters<T>().Select(p => KeyOf(p, Need.Required, CommonDefinitions.SourcedFigure))]);

    private static KeyDefinition KeyOf(ParameterInfo parameter, Need need, Shape shape)
    {
        var described = Described(parameter);
        return new KeyDefinition(YamlKey(parameter), shape, need, described.Description) with { Unit = described.Unit };
    }
}
