using Siege.Scenarios.Loading;

namespace Siege.Scenarios.Tests.Fuzzing;

/// <summary>
/// A scenario's files held as bytes, keyed by display path, decoded exactly as <see cref="DiskScenarioFiles"/>
/// decodes a file on disk (UTF-8, invalid bytes replaced): a mutated scenario reaches the loader as it would from a
/// folder, without writing hundreds of folders.
/// </summary>
internal sealed class InMemoryScenarioFiles(string mainFile, IReadOnlyDictionary<string, byte[]> files) : IScenarioFiles
{
    private readonly Dictionary<string, string> _decoded = new(StringComparer.Ordinal);

    public string MainFile { get; } = mainFile;

    /// <summary>Every file the loader asked for and found, as it read it: what a diagnostic's line and column refer to.</summary>
    public IReadOnlyDictionary<string, string> Texts => _decoded;

    public string? Read(string displayPath)
    {
        if (!files.TryGetValue(displayPath, out var bytes)) return null;
        var text = Decode(bytes);
        _decoded[displayPath] = text;
        return text;
    }

    public string Resolve(string fromDisplayPath, string relative) =>
        fromDisplayPath[..(fromDisplayPath.LastIndexOf('/') + 1)] + relative;

    /// <summary>The text <see cref="DiskScenarioFiles"/> would read from a file of these bytes.</summary>
    public static string Decode(byte[] bytes) => DiskScenarioFiles.Utf8(bytes);
}
