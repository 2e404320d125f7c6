namespace Siege.Scenarios;

/// <summary>One problem in a scenario file, located to the character: printed as <c>file:line:col: message</c>.</summary>
public sealed record Diagnostic(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
