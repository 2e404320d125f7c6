using System.Collections.Immutable;
using Siege.Report.Html;

namespace Siege.Report.Tests;

public sealed class EscapingTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private const string Hostile = "<script>alert('x')</script> & \"co\"";

    [Fact]
    public void Markup_escapes_the_five_xml_characters()
    {
        Assert.Equal("&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;", Markup.Escape("<b> & \"q\" 'a'"));
        Assert.Equal("衡阳", Markup.Escape("衡阳"));
    }

    [Fact]
    public void Data_text_with_markup_in_it_is_shown_as_text()
    {
        // The scenario's summary, a position's name (map, tables, chronicle) and role, and a variant's rationale, all hostile.
        var content = fixture.Content;
        var trace = content.Representative.Trace;
        var positions = trace.Map.Positions.SetItem(0, trace.Map.Positions[0] with { Name = Hostile, NameEn = Hostile, Role = Hostile, RoleZh = Hostile });
        var whatIf = content.WhatIfs[0];
        var hostile = content with
        {
            Loaded = content.Loaded with { Summary = Hostile, SummaryEn = Hostile },
            Representative = content.Representative with { Trace = trace with { Map = trace.Map with { Positions = positions } } },
            WhatIfs = [whatIf with { Variant = whatIf.Variant with { Rationale = Hostile, RationaleZh = Hostile } }],
        };
        var html = ReportPage.Render(hostile);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;", html, StringComparison.Ordinal);
        // Still one script element, and still a page that parses.
        Assert.Single(Page.Elements(Page.Parse(html), "script"));
    }
}
