namespace Siege.Scenarios.Yaml;

/// <summary>Enum members are written in YAML in camelCase (<c>eastBank</c>, <c>fireSupport</c>).</summary>
internal static class EnumNames
{
    public static string ToYaml<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Every member of <typeparamref name="T"/> as YAML writes it, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => ToYaml(v)).ToArray();
}
