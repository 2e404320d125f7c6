using System.Globalization;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;

namespace Siege.Cli.Infrastructure;

/// <summary>
/// An option given without its value (<c>siege fit --input</c>). Spectre.Console.Cli in strict mode retries a command
/// line it cannot parse with its placeholder for a default command inserted somewhere, and the retry succeeds by
/// taking the placeholder as the missing value: <c>--input</c> became the file <c>__default_command</c>. This finds
/// the placeholder, wherever it ended up (a bound setting, a conversion or validation message), and names the option
/// that has no value instead.
/// </summary>
internal static class MissingValues
{
    public const string Placeholder = "__default_command";

    /// <summary>Whether <paramref name="text"/> shows the placeholder although the user did not type it.</summary>
    public static bool Shown(string text, IReadOnlyList<string> args) =>
        text.Contains(Placeholder, StringComparison.Ordinal) && !args.Contains(Placeholder);

    /// <summary>The first option of the command that takes a value and is followed by another option or by nothing.</summary>
    public static string Explain(IReadOnlyList<string> args, ICommandModel? model)
    {
        var command = model is null ? null : CommandLineErrors.Locate(args, model).Command;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-') || IsNumber(arg) || arg.Contains('=') || arg.Contains(':')) continue;
            if (i + 1 < args.Count && (!args[i + 1].StartsWith('-') || IsNumber(args[i + 1]))) continue;
            var name = arg.TrimStart('-');
            var option = command?.Parameters.OfType<ICommandOption>().FirstOrDefault(o => o.LongNames.Contains(name) || o.ShortNames.Contains(name));
            if (option is { IsFlag: false }) return $"{arg} needs a value ({option.ValueName})";
        }
        return "an option was given without its value";
    }

    private static bool IsNumber(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}

/// <summary>Stops a command whose settings took the placeholder as a value (see <see cref="MissingValues"/>).</summary>
internal sealed class MissingValueGuard(TypeRegistrar registrar) : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        var args = context.Arguments;
        var values = settings.GetType().GetProperties()
            .SelectMany(p => p.GetValue(settings) switch
            {
                string text => [text],
                string[] texts => texts,
                _ => Array.Empty<string>(),
            });
        if (values.Any(v => v == MissingValues.Placeholder) && !args.Contains(MissingValues.Placeholder))
            throw new CliException(MissingValues.Explain(args, registrar.Model));
    }
}
