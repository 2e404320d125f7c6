namespace Siege.Scenarios.Yaml;

/// <summary>Collects problems without stopping: lint reports all of them in one pass.</summary>
internal sealed class Diagnostics
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Count > 0;

    public void Add(Located at, string message) => _items.Add(new Diagnostic(at.File, at.Line, at.Column, message));

    public void Add(string file, int line, int column, string message) => _items.Add(new Diagnostic(file, line, column, message));
}
