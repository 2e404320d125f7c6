using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Siege.Report.Html;

/// <summary>
/// Prepares a chart's SVG document for a place inside the page: no XML declaration, a viewBox so that it scales with
/// the page, and ids made unique. Many charts in one page share one id space, and ScottPlot's clip paths in two charts
/// can have the same id; a chart would then be clipped by another chart's rectangle.
/// </summary>
internal static partial class InlineSvg
{
    public static string Prepare(string svg, string idPrefix)
    {
        var document = XDocument.Parse(svg);
        var root = document.Root ?? throw new ArgumentException("the chart has no root element");
        if (root.Attribute("viewBox") is null && root.Attribute("width") is { } w && root.Attribute("height") is { } h)
            root.SetAttributeValue("viewBox", $"0 0 {w.Value} {h.Value}");
        root.SetAttributeValue("width", null);
        root.SetAttributeValue("height", null);
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes().ToList())
            {
                if (attribute.IsNamespaceDeclaration) continue;
                if (attribute.Name.LocalName == "id") attribute.Value = idPrefix + attribute.Value;
                else if (attribute.Name.LocalName == "href" && attribute.Value.StartsWith('#')) attribute.Value = "#" + idPrefix + attribute.Value[1..];
                else if (attribute.Value.Contains("url(#", StringComparison.Ordinal))
                    attribute.Value = LocalReference().Replace(attribute.Value, m => $"url(#{idPrefix}{m.Groups[1].Value})");
            }
        }
        return root.ToString(SaveOptions.DisableFormatting);
    }

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex LocalReference();
}
