namespace Siege.Scenarios.Yaml;

/// <summary>
/// Collects problems without stopping: lint reports all of them in one pass. Warnings are kept apart from errors,
/// so a scenario with warnings still loads and every caller that fails on an error goes on doing so.
/// </summary>
internal sealed class Diagnostics
{
    private readonly List<Diagnostic> _items = [];
    private readonly List<Diagnostic> _warnings = [];
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>The errors.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>What lint should point out but loading does not need.</summary>
    public IReadOnlyList<Diagnostic> Warnings => _warnings;

    public bool HasErrors => _items.Count > 0;

    /// <summary>The text of a file as parsed, so that a place past its end can be moved back into it (see <see cref="YamlText.AtEnd"/>).</summary>
    public void Parsed(string file, string text) => _texts[file] = text;

    public void Add(Located at, string message) => Add(at.File, at.Line, at.Column, message);

    public void Add(string file, int line, int column, string message) => _items.Add(Make(file, line, column, message, DiagnosticSeverity.Error));

    public void Warn(Located at, string message) => _warnings.Add(Make(at.File, at.Line, at.Column, message, DiagnosticSeverity.Warning));

    private Diagnostic Make(string file, int line, int column, string message, DiagnosticSeverity severity)
    {
        if (_texts.TryGetValue(file, out var text)) (line, column) = YamlText.AtEnd(text, line, column);
        return new Diagnostic(file, line, column, message, severity);
    }
}
