using System.Xml.Linq;
using Siege.Report.Html;
using Siege.Report.Sections;
using Siege.Scenarios.Loading;

namespace Siege.Report.Tests;

/// <summary>The sources table says, in both languages, which text of a changing page was read.</summary>
public sealed class SourcesSectionTests
{
    private const string Hash = "6501c4bfdd35bf0c7532bbc42581e0ed61758cf0602f7982bc67ef33bc12c7f1";

    private static XElement Render(params SourceReference[] sources)
    {
        var html = new HtmlBuilder();
        SourcesSection.Write(html, sources);
        return Page.Parse($"<div>{html}</div>").Root!;
    }

    private static List<XElement> Cells(XElement section, string id)
    {
        var table = section.Descendants().Single(e => e.Name.LocalName == "table" && Page.HasClass(e, "sources"));
        var headers = table.Descendants().Where(e => e.Name.LocalName == "th").Select(h => Page.TextIn(h, "en")).ToList();
        Assert.Equal(["key", "title", "author", "year", "licence", "address", "text read", "note"], headers);
        return table.Descendants().Where(e => e.Name.LocalName == "tr").Select(r => r.Elements().ToList()).Single(c => c[0].Value == id);
    }

    [Fact]
    public void A_page_read_on_a_date_shows_the_date_and_the_whole_hash_of_the_copy_in_both_languages()
    {
        var section = Render(new SourceReference("zh-wp", "衡阳保卫战", null, null, "https://zh.wikipedia.org/wiki/衡阳保卫战", "CC BY-SA 4.0", null,
            Accessed: new DateOnly(2026, 11, 26), Sha256: Hash));
        var read = Cells(section, "zh-wp")[6];
        Assert.Equal($"read on 2026-11-26; SHA-256 {Hash}", Page.TextIn(read, "en"));
        Assert.Equal($"2026-11-26 读取；SHA-256 {Hash}", Page.TextIn(read, "zh"));
    }

    [Fact]
    public void A_revision_shows_its_permanent_link_on_the_same_wiki()
    {
        var section = Render(new SourceReference("en-wp", "Defense of Hengyang", null, null, "https://en.wikipedia.org/wiki/Defense_of_Hengyang", null, null,
            Revision: 1234567890));
        var read = Cells(section, "en-wp")[6];
        Assert.Equal("revision 1234567890 https://en.wikipedia.org/w/index.php?oldid=1234567890", Page.TextIn(read, "en"));
        Assert.StartsWith("修订版本 1234567890", Page.TextIn(read, "zh"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_book_leaves_the_column_empty()
    {
        var section = Render(new SourceReference("ge", "长沙.常德.衡阳血战亲历记", "葛先才", "2007", null, null, null));
        Assert.Equal("", Cells(section, "ge")[6].Value);
    }

    [Fact]
    public void The_shipped_Hengyang_zh_wp_row_shows_its_access_date_and_hash()
    {
        var loaded = ScenarioLoader.LoadEmbedded().Scenario!;
        var read = Cells(Render([.. loaded.Sources]), "zh-wp")[6];
        var zhWp = loaded.Sources.Single(s => s.Id == "zh-wp");
        Assert.Equal($"read on 2026-11-26; SHA-256 {zhWp.Sha256}", Page.TextIn(read, "en"));
    }
}
