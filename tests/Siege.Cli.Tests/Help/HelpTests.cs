using System.Globalization;
using Spectre.Console.Cli.Help;

namespace Siege.Cli.Tests.Help;

/// <summary><c>--help</c> on every registered command and branch: it works, and it explains every option.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> Commands() => new(CommandTree.All().Select(c => c.Path));

    [Fact]
    public void The_walk_reaches_the_commands_and_the_battles_branch()
    {
        var paths = CommandTree.All().Select(c => c.Path).ToList();
        Assert.Contains("export", paths);
        Assert.Contains("variants", paths);
        Assert.Contains("battles", paths);
        Assert.Contains("battles predict", paths);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_exits_0_and_describes_every_option_with_its_default(string path)
    {
        var result = CliRunner.Run([.. path.Split(' '), "--help"]);

        Assert.True(result.ExitCode == 0 && result.Error == "", $"siege {path} --help: exit {result.ExitCode}\n{result.Error}");
        Assert.Contains($"siege {path}", result.Out, StringComparison.Ordinal);
        var command = CommandTree.Find(path);
        Assert.False(string.IsNullOrWhiteSpace(command.Description), $"siege {path} has no description");
        foreach (var argument in command.Parameters.OfType<ICommandArgument>())
            Assert.False(string.IsNullOrWhiteSpace(argument.Description), $"siege {path}: the argument {argument.Value} has no description");
        var lines = result.Out.Split('\n').SkipWhile(l => l != "OPTIONS:").ToList();
        foreach (var option in CommandTree.Options(command))
        {
            var name = "--" + option.LongNames[0];
            Assert.False(string.IsNullOrWhiteSpace(option.Description), $"siege {path} {name} has no description");
            var line = lines.FirstOrDefault(l => l.Contains(name + " ", StringComparison.Ordinal) || l.TrimEnd().EndsWith(name, StringComparison.Ordinal));
            Assert.True(line is not null, $"siege {path} --help does not list {name}");
            if (option.DefaultValue?.Value is { } value && !(option.IsFlag && value is false))
                Assert.Contains(Convert.ToString(value, CultureInfo.InvariantCulture)!, line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Options_named_in_a_description_are_options_of_the_command(string path)
    {
        // lanchester --help once sent users to --w, --p and --q, which never existed.
        var command = CommandTree.Find(path);
        var own = CommandTree.Options(command).SelectMany(o => o.LongNames.Select(n => "--" + n).Concat(o.ShortNames.Select(n => "-" + n))).ToHashSet();
        var texts = CommandTree.Options(command).Select(o => o.Description)
            .Concat(command.Parameters.OfType<ICommandArgument>().Select(a => a.Description)).Append(command.Description);
        foreach (var text in texts.OfType<string>())
            foreach (var named in System.Text.RegularExpressions.Regex.Matches(text, @"(?<![\w-])--?[a-z][a-z0-9-]*").Select(m => m.Value))
                Assert.True(own.Contains(named), $"siege {path}: a description names {named}, which is not one of its options: {text}");
    }

    [Fact]
    public void Examples_in_the_help_are_quoted_as_a_shell_needs()
    {
        var help = CliRunner.Run("lanchester", "--help").Out;
        Assert.Contains("--reinforce \"attacker 54000 from 0 to 1\"", help, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_help_lists_every_command_and_the_version_option()
    {
        var help = CliRunner.Run("--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var command in CommandTree.Model.Commands.Where(c => !c.IsHidden))
            Assert.Contains($"    {command.Name} ", help.Out, StringComparison.Ordinal);
        Assert.Contains("--version", help.Out, StringComparison.Ordinal);
    }
}
