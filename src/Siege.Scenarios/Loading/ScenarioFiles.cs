using System.Reflection;
using System.Text;

namespace Siege.Scenarios.Loading;

/// <summary>Where a scenario's files come from: a folder on disk, or the copy embedded in this assembly.</summary>
public interface IScenarioFiles
{
    /// <summary>The name of the main file as shown in messages.</summary>
    string MainFile { get; }

    /// <summary>The file's text, or null when it does not exist.</summary>
    string? Read(string displayPath);

    /// <summary>The display path of a file named relative to another one.</summary>
    string Resolve(string fromDisplayPath, string relative);
}

public sealed class DiskScenarioFiles : IScenarioFiles
{
    /// <summary>A folder (its scenario.yaml is the main file) or a single .yaml file.</summary>
    public DiskScenarioFiles(string path)
    {
        MainFile = Directory.Exists(path) ? Path.Combine(path, "scenario.yaml") : path;
    }

    public string MainFile { get; }

    public string? Read(string displayPath) => File.Exists(displayPath) ? Utf8(File.ReadAllBytes(displayPath)) : null;

    /// <summary>
    /// A scenario file's bytes as text: UTF-8, a UTF-8 byte-order mark dropped, and every byte that is not UTF-8
    /// (the marks of UTF-16 and UTF-32 included) read as U+FFFD, which the YAML reader reports at its place.
    /// <see cref="File.ReadAllText(string)"/> would take a UTF-16 mark at its word and read the UTF-8 bytes after it
    /// as UTF-16: nonsense that is reported as an encoding problem only when it happens to hold an unpaired surrogate.
    /// </summary>
    internal static string Utf8(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }

    public string Resolve(string fromDisplayPath, string relative) =>
        Path.Combine(Path.GetDirectoryName(fromDisplayPath) ?? "", relative);
}

public sealed class EmbeddedScenarioFiles(string scenarioId) : IScenarioFiles
{
    private static readonly Assembly Assembly = typeof(EmbeddedScenarioFiles).Assembly;

    public string MainFile { get; } = $"scenarios/{scenarioId}/scenario.yaml";

    public static IEnumerable<string> Available() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("scenarios/", StringComparison.Ordinal) && n.EndsWith("/scenario.yaml", StringComparison.Ordinal))
            .Select(n => n.Split('/')[1])
            .Order(StringComparer.Ordinal);

    public string? Read(string displayPath)
    {
        using var stream = Assembly.GetManifestResourceStream(displayPath);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public string Resolve(string fromDisplayPath, string relative) =>
        fromDisplayPath[..(fromDisplayPath.LastIndexOf('/') + 1)] + relative;
}
