namespace Siege.Calibration.Tests;

internal static class Repository
{
    /// <summary>The folder holding Siege.slnx, found by walking up from the test binaries.</summary>
    public static string Root()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Siege.slnx"))) root = Path.GetDirectoryName(root)!;
        return root;
    }
}
