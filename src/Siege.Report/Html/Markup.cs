using System.Text;

namespace Siege.Report.Html;

/// <summary>
/// Text and bilingual fragments as markup. The page is written as well-formed XML (polyglot HTML: every element
/// closed, every attribute quoted, only the five XML escapes), so a browser reads it as HTML and a test can read it
/// with an XML parser.
/// </summary>
public static class Markup
{
    /// <summary>Escapes data text for an element's content or a quoted attribute.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>Inline text in both languages; the stylesheet shows the one the reader chose.</summary>
    public static string Span(Bi text) => text.Zh == text.En
        ? Escape(text.En)
        : $"<span class=\"zh\" lang=\"zh-Hans\">{Escape(text.Zh)}</span><span class=\"en\" lang=\"en\">{Escape(text.En)}</span>";

    /// <summary>Inline markup in both languages, each already escaped by <paramref name="html"/>.</summary>
    public static string Span(Func<Trace.Language, string> html) =>
        $"<span class=\"zh\" lang=\"zh-Hans\">{html(Trace.Language.Chinese)}</span><span class=\"en\" lang=\"en\">{html(Trace.Language.English)}</span>";

    /// <summary>One block element per language, e.g. two paragraphs, with an optional further class on both.</summary>
    public static string Block(string tag, Bi text, string? cssClass = null)
    {
        var extra = cssClass is null ? "" : " " + cssClass;
        return $"<{tag} class=\"zh{extra}\" lang=\"zh-Hans\">{Escape(text.Zh)}</{tag}><{tag} class=\"en{extra}\" lang=\"en\">{Escape(text.En)}</{tag}>";
    }

    /// <summary>One block element per language with markup inside, each already escaped by <paramref name="html"/>.</summary>
    public static string Block(string tag, Func<Trace.Language, string> html) =>
        $"<{tag} class=\"zh\" lang=\"zh-Hans\">{html(Trace.Language.Chinese)}</{tag}><{tag} class=\"en\" lang=\"en\">{html(Trace.Language.English)}</{tag}>";

    /// <summary>A place or unit name: the Chinese name, with the English one beside it in English.</summary>
    public static string Name(string zh, string en) =>
        zh == en ? Escape(en) : $"{Escape(zh)}<span class=\"en\" lang=\"en\"> ({Escape(en)})</span>";
}
