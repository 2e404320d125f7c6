using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Siege.Web.BrowserTests;

/// <summary>
/// The page count and the first page's size of a PDF that Chromium printed: its page objects and its MediaBox, read
/// from the bytes (Chromium writes them uncompressed). Sizes are in PostScript points, 1/72 inch.
/// </summary>
public static partial class PdfPages
{
    /// <summary>ISO A4, 210 × 297 mm: 595.3 × 841.9 points, rounded.</summary>
    public const int A4Width = 595;
    public const int A4Height = 842;

    public static (int Pages, int Width, int Height) Measure(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var pages = PageObject().Count(text);
        var box = MediaBox().Match(text);
        if (pages == 0 || !box.Success) throw new InvalidDataException("not a PDF with pages and a MediaBox");
        return (pages, Points(box.Groups["w"].Value), Points(box.Groups["h"].Value));
    }

    private static int Points(string number) => (int)Math.Round(double.Parse(number, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+(?<w>[\d.]+)\s+(?<h>[\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
