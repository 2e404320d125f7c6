namespace Siege.Scenarios.Tests.Variants;

/// <summary>The shipped variants are not embedded in the assembly; the tests read them from the checkout.</summary>
internal static class RepositoryPaths
{
    public static readonly string Root = Repository.Root;

    public static readonly string Hengyang = Path.Combine(Root, "scenarios", "hengyang-1944");

    public static string Variant(string id) => Path.Combine(Hengyang, "variants", id + ".yaml");
}
