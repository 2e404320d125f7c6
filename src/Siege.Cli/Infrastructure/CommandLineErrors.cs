using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;

namespace Siege.Cli.Infrastructure;

/// <summary>
/// Rewrites what Spectre.Console.Cli says about a command line it cannot take into one line that names the option
/// and what it accepts: the nearest option or command for a mistyped one, the range of a number for a value that is
/// not one.
/// </summary>
internal static partial class CommandLineErrors
{
    public static string Explain(Exception e, IReadOnlyList<string> args, ICommandModel? model)
    {
        var message = OneLine(e.Message);
        if (MissingValues.Shown(message, args)) return MissingValues.Explain(args, model);
        if (model is null) return message;
        if (UnknownOptionMessage().Match(message) is { Success: true } unknown) return UnknownOption(unknown.Groups[1].Value, args, model);
        if (UnexpectedOptionMessage().Match(message) is { Success: true } unexpected) return OptionWithoutCommand(unexpected.Groups[1].Value, args);
        if (UnknownCommandMessage().Match(message) is { Success: true } command) return UnknownCommand(command.Groups[1].Value, args, model);
        if (e is CommandRuntimeException && ConversionMessage().Match(message) is { Success: true } conversion)
            return Conversion(conversion.Groups["value"].Value, e.InnerException, args, model) ?? message;
        return message;
    }

    public static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static string UnknownOption(string name, IReadOnlyList<string> args, ICommandModel model)
    {
        var (_, command, path) = Locate(args, model);
        var typed = Typed(name, args);
        var options = command?.Parameters.OfType<ICommandOption>().Where(o => !o.IsHidden).ToList() ?? [];
        var names = options.SelectMany(o => o.LongNames.Select(n => "--" + n).Concat(o.ShortNames.Select(n => "-" + n))).Append("--help");
        var nearest = NearestName.Of(typed, names);
        return nearest is not null
            ? $"unknown option '{typed}'; did you mean '{nearest}'?"
            : $"unknown option '{typed}' for 'siege {path}'; 'siege {path} --help' lists its options";
    }

    private static string OptionWithoutCommand(string name, IReadOnlyList<string> args)
    {
        var typed = Typed(name, args);
        return NearestName.Of(typed, ["--help", "--version"]) is { } nearest
            ? $"unknown option '{typed}'; did you mean '{nearest}'?"
            : $"'{typed}' is not an option of siege itself; give a command first ('siege --help' lists them)";
    }

    private static string UnknownCommand(string name, IReadOnlyList<string> args, ICommandModel model)
    {
        var (container, _, path) = Locate(args, model);
        var nearest = NearestName.Of(name, container.Commands.Where(c => !c.IsHidden).Select(c => c.Name));
        var help = path.Length == 0 ? "siege --help" : $"siege {path} --help";
        return nearest is not null
            ? $"unknown command '{name}'; did you mean '{nearest}'?"
            : $"unknown command '{name}'; '{help}' lists the commands";
    }

    /// <summary>A value the option's type could not take: names the option and the values it takes.</summary>
    private static string? Conversion(string value, Exception? inner, IReadOnlyList<string> args, ICommandModel model)
    {
        var typed = OptionBefore(value, args);
        if (typed is null) return inner is OptionValueException ? inner.Message : null;
        if (inner is OptionValueException) return $"{typed}: {inner.Message}";
        var (_, command, _) = Locate(args, model);
        var name = typed.TrimStart('-');
        var option = command?.Parameters.OfType<ICommandOption>().FirstOrDefault(o => o.LongNames.Contains(name) || o.ShortNames.Contains(name));
        var type = (option as ICommandParameterInfo)?.ParameterType;
        if (type is null) return null;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return $"{typed}: '{value}' is not one of {string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()))}";
        if (IsInteger(type))
            return string.Create(CultureInfo.InvariantCulture, $"{typed}: '{value}' is not a whole number from {type.GetField("MinValue")!.GetValue(null)} to {type.GetField("MaxValue")!.GetValue(null)}");
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return $"{typed}: '{value}' is not a number";
        return $"{typed}: '{value}' is not a valid value";
    }

    /// <summary>The command the arguments name (following branches such as <c>battles</c>) and its spelling.</summary>
    internal static (ICommandContainer Container, ICommandInfo? Command, string Path) Locate(IReadOnlyList<string> args, ICommandModel model)
    {
        ICommandContainer container = model;
        ICommandInfo? command = null;
        var path = new List<string>();
        foreach (var arg in args)
        {
            if (arg.StartsWith('-')) continue;
            var next = container.Commands.FirstOrDefault(c => c.Name == arg && !c.IsHidden);
            if (next is null) break;
            (container, command) = (next, next);
            path.Add(arg);
            if (!next.IsBranch) break;
        }
        return (container, command, string.Join(' ', path));
    }

    /// <summary>The option as the user wrote it: Spectre reports <c>--run</c> and <c>-r</c> alike as <c>run</c> and <c>r</c>.</summary>
    private static string Typed(string name, IReadOnlyList<string> args)
    {
        foreach (var form in new[] { "--" + name, "-" + name })
            if (args.Any(a => a == form || a.StartsWith(form + "=", StringComparison.Ordinal) || a.StartsWith(form + ":", StringComparison.Ordinal)))
                return form;
        return name.Length == 1 ? "-" + name : "--" + name;
    }

    /// <summary>The option whose value is <paramref name="value"/>: <c>--seed -1</c>, <c>--seed=-1</c> or <c>--seed:-1</c>.</summary>
    private static string? OptionBefore(string value, IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-')) continue;
            if (i + 1 < args.Count && args[i + 1] == value) return arg;
            foreach (var separator in new[] { '=', ':' })
                if (arg.EndsWith(separator + value, StringComparison.Ordinal) && arg.IndexOf(separator) == arg.Length - value.Length - 1)
                    return arg[..arg.IndexOf(separator)];
        }
        return null;
    }

    private static bool IsInteger(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IBinaryInteger<>));

    [GeneratedRegex(@"^Unknown option '(.+)'\.$")]
    private static partial Regex UnknownOptionMessage();

    [GeneratedRegex(@"^Unexpected option '(.+)'\.$")]
    private static partial Regex UnexpectedOptionMessage();

    [GeneratedRegex(@"^Unknown command '(.+)'\.$")]
    private static partial Regex UnknownCommandMessage();

    [GeneratedRegex(@"^Failed to convert '(?<value>.*)' to \S+\.")]
    private static partial Regex ConversionMessage();
}
