namespace Siege.Report.Html;

/// <summary>
/// A visible string in both languages. Every word the report prints is one of these, so that the language toggle
/// can show one and hide the other; names and figures that read the same in both use <see cref="Same"/>.
/// </summary>
public readonly record struct Bi(string Zh, string En)
{
    public static Bi Same(string text) => new(text, text);

    public string In(Trace.Language language) => language == Trace.Language.Chinese ? Zh : En;

    /// <summary>Both languages side by side, for places where only one string fits (tooltips, file names).</summary>
    public string Both => Zh == En ? En : $"{Zh} {En}";
}
