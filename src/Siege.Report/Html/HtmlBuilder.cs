using System.Text;

namespace Siege.Report.Html;

/// <summary>Appends the page's markup. Text goes through <see cref="Markup"/>; only fragments built there are appended raw.</summary>
public sealed class HtmlBuilder
{
    private readonly StringBuilder _html = new(1 << 20);

    public HtmlBuilder Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    public HtmlBuilder Line(string html) => Raw(html).Raw("\n");

    /// <summary>A heading with an anchor; level 2 headings are the sections the table of contents lists.</summary>
    public HtmlBuilder Heading(int level, string id, Bi text) => Line($"<h{level} id=\"{Markup.Escape(id)}\">{Markup.Span(text)}</h{level}>");

    public HtmlBuilder Heading(int level, Bi text) => Line($"<h{level}>{Markup.Span(text)}</h{level}>");

    public HtmlBuilder Paragraph(Bi text) => Line(Markup.Block("p", text));

    public HtmlBuilder Paragraph(Func<Trace.Language, string> html) => Line(Markup.Block("p", html));

    /// <summary>A table with bilingual column headers; each cell is markup built with <see cref="Markup"/>.</summary>
    public HtmlBuilder Table(IReadOnlyList<Bi> headers, IEnumerable<IReadOnlyList<string>> rows, string? cssClass = null)
    {
        Raw(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">").Raw("<thead><tr>");
        foreach (var h in headers) Raw("<th>").Raw(Markup.Span(h)).Raw("</th>");
        Line("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            if (row.Count != headers.Count) throw new ArgumentException($"a row has {row.Count} cells for {headers.Count} columns");
            Raw("<tr>");
            foreach (var cell in row) Raw("<td>").Raw(cell).Raw("</td>");
            Line("</tr>");
        }
        return Line("</tbody></table>");
    }

    /// <summary>A two-column table of labelled figures.</summary>
    public HtmlBuilder Facts(IEnumerable<(Bi Label, string Value)> facts) =>
        Table([new("项目", "item"), new("数值", "value")], facts.Select(f => (IReadOnlyList<string>)[Markup.Span(f.Label), f.Value]), "facts");

    public override string ToString() => _html.ToString();
}
