namespace Siege.Scenarios;

/// <summary>How bad a <see cref="Diagnostic"/> is: an error stops the scenario from loading, a warning does not.</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One problem in a scenario file, located to the character: printed as <c>file:line:col: message</c>, or
/// <c>file:line:col: warning: message</c> for a warning.
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, string Message, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    public override string ToString() => Severity == DiagnosticSeverity.Warning
        ? $"{File}:{Line}:{Column}: warning: {Message}"
        : $"{File}:{Line}:{Column}: {Message}";
}
