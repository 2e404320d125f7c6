namespace Siege.Web.BrowserTests;

/// <summary>
/// Where the browser tests save their screenshots: TestResults/screenshots/ at the repository's root (ignored by git),
/// so every run leaves pictures to look at; SIEGE_VIEWER_SHOTS names another folder.
/// </summary>
public static class Screenshots
{
    public static string Folder()
    {
        var chosen = Environment.GetEnvironmentVariable("SIEGE_VIEWER_SHOTS");
        var folder = string.IsNullOrEmpty(chosen) ? Path.Combine(RepositoryRoot(), "TestResults", "screenshots") : chosen;
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string PathFor(string name) => Path.Combine(Folder(), $"{name}.png");

    /// <summary>The first folder above the test assembly that holds Siege.slnx; the working folder if none does.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Siege.slnx"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
