using System.Text.RegularExpressions;
using Siege.Cli.Tests.Help;
using Spectre.Console.Cli;

namespace Siege.Cli.Tests.Infrastructure;

/// <summary>What a user sees for a command line siege cannot take: one line that names the option and what it takes.</summary>
public sealed class CommandLineErrorsTests
{
    [Theory]
    [InlineData(new[] { "ensemble", "--run", "10" }, "siege: unknown option '--run'; did you mean '--runs'?")]
    [InlineData(new[] { "run", "--sed", "4" }, "siege: unknown option '--sed'; did you mean '--seed'?")]
    [InlineData(new[] { "battles", "predict", "--atacker", "5" }, "siege: unknown option '--atacker'; did you mean '--attacker'?")]
    [InlineData(new[] { "export", "--output", "x.csv" }, "siege: unknown option '--output'; did you mean '--out'?")]
    [InlineData(new[] { "export", "--xyzzy", "1" }, "siege: unknown option '--xyzzy' for 'siege export'; 'siege export --help' lists its options")]
    [InlineData(new[] { "rnu" }, "siege: unknown command 'rnu'; did you mean 'run'?")]
    [InlineData(new[] { "battles", "fti" }, "siege: unknown command 'fti'; did you mean 'fit'?")]
    [InlineData(new[] { "simulate" }, "siege: unknown command 'simulate'; 'siege --help' lists the commands")]
    [InlineData(new[] { "--verison" }, "siege: unknown option '--verison'; did you mean '--version'?")]
    [InlineData(new[] { "--runs", "5" }, "siege: '--runs' is not an option of siege itself; give a command first ('siege --help' lists them)")]
    [InlineData(new[] { "run", "--seed", "-1" }, "siege: --seed: '-1' is not a whole number from 0 to 18446744073709551615")]
    [InlineData(new[] { "ensemble", "--runs", "99999999999" }, "siege: --runs: '99999999999' is not a whole number from 1 to 2147483647")]
    [InlineData(new[] { "ensemble", "--runs=0" }, "siege: --runs: '0' is not a whole number from 1 to 2147483647")]
    [InlineData(new[] { "serve", "--port", "65536" }, "siege: --port: '65536' is not a whole number from 0 to 65535")]
    [InlineData(new[] { "fit", "--input" }, "siege: --input needs a value (FILE)")]
    [InlineData(new[] { "export", "--out", "--format", "csv" }, "siege: --out needs a value (FILE)")]
    [InlineData(new[] { "run", "--seed" }, "siege: --seed needs a value (N)")]
    public void Says_in_one_line_what_is_wrong(string[] args, string expected)
    {
        var (validated, outcome) = StopBeforeRunning.Check(args);
        Assert.False(validated);
        Assert.Equal(SiegeApp.BadInput, outcome.ExitCode);
        Assert.Equal(expected + "\n", outcome.Error.ReplaceLineEndings("\n"));
    }

    public static TheoryData<string, string> NumberOptions()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, command) in CommandTree.All())
            foreach (var option in CommandTree.Options(command))
            {
                var type = (option as ICommandParameterInfo)?.ParameterType;
                type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
                if (type is not null && (type.IsPrimitive || type == typeof(decimal)) && type != typeof(bool))
                    data.Add(path, "--" + option.LongNames[0]);
            }
        return data;
    }

    [Fact]
    public void Every_command_with_numbers_is_walked() =>
        Assert.Contains(NumberOptions(), row => (string)row[0] == "battles predict" && (string)row[1] == "--days");

    [Theory]
    [MemberData(nameof(NumberOptions))]
    public void A_number_option_names_itself_and_its_range_for_text_and_for_a_number_too_large(string path, string option)
    {
        foreach (var value in new[] { "ten", "1e999999", "-99999999999999999999999" })
        {
            var (validated, outcome) = StopBeforeRunning.Check([.. path.Split(' '), option, value]);
            Assert.False(validated, $"siege {path} {option} {value} was taken");
            Assert.Equal(SiegeApp.BadInput, outcome.ExitCode);
            Assert.Matches(new Regex($"^siege: {Regex.Escape(option)}: '{Regex.Escape(value)}' is not a (whole number from -?\\d+ to \\d+|number( greater than 0)?)\\n$"),
                outcome.Error.ReplaceLineEndings("\n"));
        }
    }
}
