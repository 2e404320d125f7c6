using Siege.Scenarios.Loading;
using Siege.Scenarios.Tests.Variants;

namespace Siege.Scenarios.Tests.Loading;

/// <summary>
/// Scenario files are UTF-8, a UTF-8 byte-order mark allowed (docs/scenario-format.md): bytes that are not UTF-8 are
/// an error at their place, whatever else the file holds.
/// </summary>
public sealed class ScenarioFilesTests
{
    [Fact]
    public void A_UTF8_byte_order_mark_is_allowed()
    {
        using var folder = new HengyangCopy();
        folder.Prefix("doctrine.yaml", [0xEF, 0xBB, 0xBF]);

        var result = ScenarioLoader.LoadPath(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    // The bytes after the mark are the same UTF-8 text with an even and an odd count: read as UTF-16, one of the two
    // holds no unpaired surrogate, and was taken for a file of nonsense rather than a file in the wrong encoding.
    [InlineData("")]
    [InlineData(" ")]
    public void A_UTF16_byte_order_mark_before_UTF8_text_is_not_UTF8_at_the_first_byte(string trailing)
    {
        using var folder = new HengyangCopy();
        folder.Append("doctrine.yaml", trailing);
        folder.Prefix("doctrine.yaml", [0xFF, 0xFE]);

        var result = ScenarioLoader.LoadPath(folder.Path);

        var problem = Assert.Single(result.Diagnostics).ToString();
        Assert.StartsWith(System.IO.Path.Combine(folder.Path, "doctrine.yaml") + ":1:1: not valid UTF-8", problem);
    }

    private sealed class HengyangCopy : IDisposable
    {
        public HengyangCopy()
        {
            Directory.CreateDirectory(Path);
            foreach (var file in Directory.GetFiles(RepositoryPaths.Hengyang, "*.yaml"))
                File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "siege-files-" + Guid.NewGuid().ToString("N"));

        public void Prefix(string file, byte[] bytes)
        {
            var path = System.IO.Path.Combine(Path, file);
            File.WriteAllBytes(path, [.. bytes, .. File.ReadAllBytes(path)]);
        }

        public void Append(string file, string text) => File.AppendAllText(System.IO.Path.Combine(Path, file), text);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
