namespace Siege.Scenarios.Tests.Variants;

/// <summary>The shipped variants are not embedded in the assembly; the tests read them from the checkout.</summary>
internal static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static readonly string Hengyang = Path.Combine(Root, "scenarios", "hengyang-1944");

    public static string Variant(string id) => Path.Combine(Hengyang, "variants", id + ".yaml");

    private static string FindRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Siege.slnx"))) root = Path.GetDirectoryName(root)!;
        return root;
    }
}
