namespace Siege.Scenarios.Yaml;

/// <summary>
/// A reader that does not match its definition: it asks for a key the definition does not declare, reads it as
/// another shape, or leaves a declared key unread. Never the fault of the file; the loading tests and the fuzzing
/// tests run every reader, so such a mistake fails them rather than letting the schema and the loader drift apart.
/// </summary>
internal sealed class ProgrammingError(string message) : InvalidOperationException($"programming error: {message}");
