using Spectre.Console;

namespace Siege.Cli;

/// <summary>
/// Where a command writes: plain text and JSON to <see cref="Out"/>, problems to <see cref="Error"/>, tables through
/// <see cref="Console"/> (rendered into <see cref="Out"/>). Tests pass string writers and read what a user would see.
/// </summary>
public sealed class CliOutput
{
    public CliOutput(TextWriter output, TextWriter error, bool interactive = false)
    {
        Out = output;
        Error = error;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Wide enough that tables are never folded when the output goes to a file or a pipe.
        if (!interactive) Console.Profile.Width = 160;
    }

    public TextWriter Out { get; }
    public TextWriter Error { get; }
    public IAnsiConsole Console { get; }

    public static CliOutput FromConsole()
    {
        var stdout = new StreamWriter(System.Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var stderr = new StreamWriter(System.Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliOutput(stdout, stderr, interactive: !System.Console.IsOutputRedirected);
    }
}
