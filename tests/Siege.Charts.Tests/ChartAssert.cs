using System.Xml.Linq;

namespace Siege.Charts.Tests;

internal static class ChartAssert
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static void IsPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().StartsWith(PngSignature), $"{path} does not start with the PNG signature");
        // An empty 1200×700 plot compresses to well under this; a drawn chart does not.
        Assert.True(bytes.Length > 20_000, $"{path} is only {bytes.Length} bytes");
    }

    public static XDocument ParseSvg(string path)
    {
        var svg = XDocument.Load(path);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        return svg;
    }

    /// <summary>All text of the SVG, one run per line.</summary>
    public static string Text(XDocument svg) =>
        string.Join("\n", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
}
