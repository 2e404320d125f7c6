namespace Siege.Scenarios.Yaml;

/// <summary>
/// Collects problems without stopping: lint reports all of them in one pass. Warnings are kept apart from errors,
/// so a scenario with warnings still loads and every caller that fails on an error goes on doing so.
/// </summary>
internal sealed class Diagnostics
{
    private readonly List<Diagnostic> _items = [];
    private readonly List<Diagnostic> _warnings = [];

    /// <summary>The errors.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>What lint should point out but loading does not need.</summary>
    public IReadOnlyList<Diagnostic> Warnings => _warnings;

    public bool HasErrors => _items.Count > 0;

    public void Add(Located at, string message) => _items.Add(new Diagnostic(at.File, at.Line, at.Column, message));

    public void Add(string file, int line, int column, string message) => _items.Add(new Diagnostic(file, line, column, message));

    public void Warn(Located at, string message) =>
        _warnings.Add(new Diagnostic(at.File, at.Line, at.Column, message, DiagnosticSeverity.Warning));
}
