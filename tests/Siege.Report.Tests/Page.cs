using System.Xml;
using System.Xml.Linq;

namespace Siege.Report.Tests;

/// <summary>The report read back with an XML parser: the page is polyglot HTML, so a well-formed page parses.</summary>
internal static class Page
{
    public static XDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return XDocument.Load(reader);
    }

    public static IEnumerable<XElement> Elements(XDocument page, string name) => page.Descendants().Where(e => e.Name.LocalName == name);

    public static bool HasClass(XElement e, string css) =>
        (e.Attribute("class")?.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(css);

    /// <summary>The text an element shows in one language: its text without the other language's parts.</summary>
    public static string TextIn(XElement e, string language)
    {
        var other = language == "zh" ? "en" : "zh";
        return string.Concat(e.DescendantNodes().OfType<XText>()
            .Where(t => !t.Ancestors().TakeWhile(a => a != e).Any(a => HasClass(a, other)))
            .Select(t => t.Value)).Trim();
    }
}
