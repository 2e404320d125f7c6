namespace Siege.Lanchester.Input;

/// <summary>
/// Bad input in a model file or a strength CSV, with where it is: 1-based <see cref="Line"/> and <see cref="Column"/>
/// (0 when the problem is the file as a whole, such as a missing key). The message reads "file:line:column: problem",
/// ready to print without a stack trace.
/// </summary>
public sealed class LanchesterFormatException : Exception
{
    public LanchesterFormatException(string fileName, int line, int column, string problem)
        : base(line > 0 ? $"{fileName}:{line}:{column}: {problem}" : $"{fileName}: {problem}")
    {
        FileName = fileName;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public string FileName { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The message without the position.</summary>
    public string Problem { get; }
}
