using Siege.Trace;

namespace Siege.Report.Html;

/// <summary>
/// The scenario's free texts written in English with an optional Chinese companion: a position's role, a variant's
/// rationale, the notes of figures, sources and record items. Each side shows its own language; where the scenario
/// gives no Chinese, the Chinese side shows the English marked 英文 rather than nothing, so a reader sees it is not
/// a translation.
/// </summary>
internal static class Prose
{
    /// <summary>Said before English text on the Chinese side.</summary>
    public const string EnglishMark = "（英文）";

    /// <summary>The text in both languages, or "" when there is none in either.</summary>
    public static string Span(string? zh, string? en) => zh is null && en is null ? "" : Markup.Span(language => Html(language, zh, en));

    /// <summary>The text for one side, as markup; the other language's text is marked with its <c>lang</c>.</summary>
    public static string Html(Language language, string? zh, string? en)
    {
        if (language == Language.Chinese)
            return zh is not null ? Markup.Escape(zh) : en is null ? "" : $"<span class=\"muted\">{EnglishMark}</span>{Other("en", en)}";
        return en is not null ? Markup.Escape(en) : zh is null ? "" : Other("zh-Hans", zh);
    }

    private static string Other(string lang, string text) => $"<span lang=\"{lang}\">{Markup.Escape(text)}</span>";
}
