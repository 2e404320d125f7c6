using System.Text.RegularExpressions;

namespace Siege.Cli.Tests.Fuzzing;

/// <summary>
/// The promise end to end, on folders broken the ways the fuzz tests of Siege.Scenarios found or tried: the command
/// line answers with exit code 2, one <c>file:line:col: message</c> line per problem and a count, never a stack trace
/// or an internal error. One case per defect those tests found, and a few that were never broken but are worth keeping.
/// </summary>
public sealed class CliEndToEndTests
{
    private static readonly Regex DiagnosticLine = new(@"^.+:\d+:\d+: \S.*$");

    /// <summary>Each way to break the folder, and the file and message lint must name for it.</summary>
    private static readonly Dictionary<string, (string File, string Message)> Expected = new()
    {
        ["truncated"] = ("forces.yaml", "not valid YAML: While parsing a flow mapping, did not find expected ',' or '}'."),
        ["ten-thousand-characters"] = ("map.yaml", $"position 'zhongyang-yinhang'.tier: '{new string('x', 59)}…' is not one of"),
        ["guns-overflow"] = ("events.yaml", "event 'jp-guns-jul'.guns: 4000000000 guns is more than any siege had (at most 100000)"),
        ["stock-overflow"] = ("supplies.yaml", "supply.stock: 1e+300 rounds is more than any siege had (at most 1000000000000)"),
        ["not-utf8"] = ("map.yaml", "not valid UTF-8: bytes here are not UTF-8 text (they read as U+FFFD); save the file as UTF-8"),
        ["utf16-bom"] = ("doctrine.yaml", "not valid UTF-8: bytes here are not UTF-8 text"),
        ["empty-main-file"] = ("scenario.yaml", "1:1: the file is empty"),
        ["tab-indent"] = ("record.yaml", "5:1: not valid YAML: While scanning a mapping, found invalid tab as indentation."),
        ["alias"] = ("forces.yaml", "the alias '*units' is not supported: scenario and variant files write every value out where it is used"),
    };

    public static TheoryData<string> Breakages() => new(Expected.Keys);

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Lint_on_a_broken_folder_lists_the_problems_and_exits_2(string breakage)
    {
        using var folder = Break(breakage);
        var result = CliRunner.Run("lint", folder.Path);
        AssertBadInput(result, problemsOn: result.Out);
        var (file, message) = Expected[breakage];
        Assert.Contains(result.Out.Split('\n'), l => l.StartsWith(folder.FileIn(file) + ":", StringComparison.Ordinal) && l.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Run_on_a_broken_folder_lists_the_problems_and_exits_2(string breakage)
    {
        using var folder = Break(breakage);
        var result = CliRunner.Run("run", "--scenario", folder.Path, "--format", "json");
        Assert.Equal("", result.Out);
        AssertBadInput(result, problemsOn: result.Error);
    }

    [Theory]
    [InlineData("hours: -168", "hours: 2147483647", "cannot shift 'events[kind=reliefApproach].at': 1944-07-30T00:00 moved by 2147483647 hours falls outside the years 1 to 9999")]
    [InlineData("hours: -168", "hours: -1e400", "variant.changes[0].hours: expected a whole number, got '-1e400'")]
    [InlineData("  - {op: shift, path: \"events[kind=reliefApproach].at\", hours: -168}\n", "  -", "variant.changes[0] must be a mapping of keys to values")]
    public void Lint_of_a_broken_variant_says_where_and_exits_2(string old, string replacement, string expected)
    {
        using var folder = new BrokenFolder();
        var variant = folder.FileIn(Path.Combine("variants", "relief-early.yaml"));
        folder.Replace(Path.Combine("variants", "relief-early.yaml"), old, replacement);
        var result = CliRunner.Run("lint", folder.Path, "--variant", variant);
        AssertBadInput(result, problemsOn: result.Out);
        Assert.Contains(result.Out.Split('\n'), l => l.StartsWith(variant + ":", StringComparison.Ordinal) && l.EndsWith(expected, StringComparison.Ordinal));
    }

    private static BrokenFolder Break(string breakage)
    {
        var folder = new BrokenFolder();
        switch (breakage)
        {
            case "truncated":
                // Cut inside a flow mapping, with no line break after it: the end of the file is the place to look.
                var forces = folder.FileIn("forces.yaml");
                var text = File.ReadAllText(forces);
                File.WriteAllText(forces, text[..text.IndexOf("strength: {value: 1750", StringComparison.Ordinal)] + "strength: {value: 1750");
                break;
            case "ten-thousand-characters":
                folder.Replace("map.yaml", "tier: core", "tier: " + new string('x', 10_000));
                break;
            case "guns-overflow":
                folder.Replace("events.yaml", "guns: {value: 36, min: 12, max: 48", "guns: {value: 4e9, min: 12, max: 4e9");
                break;
            case "stock-overflow":
                folder.Replace("supplies.yaml", "stock: {value: 15000, min: 8000, max: 30000", "stock: {value: 1e300, min: 8000, max: 1e300");
                break;
            case "not-utf8":
                var map = folder.FileIn("map.yaml");
                File.WriteAllBytes(map, [.. File.ReadAllBytes(map)[..200], 0xC3, 0x28, 0xFF, 0xFE, .. File.ReadAllBytes(map)[200..]]);
                break;
            case "utf16-bom":
                // A BOM of UTF-16 makes .NET read the UTF-8 bytes after it as UTF-16: the file is nonsense, but not a crash.
                var doctrine = folder.FileIn("doctrine.yaml");
                File.WriteAllBytes(doctrine, [0xFF, 0xFE, .. File.ReadAllBytes(doctrine)]);
                break;
            case "empty-main-file":
                File.WriteAllText(folder.FileIn("scenario.yaml"), "");
                break;
            case "alias":
                // Aliases made a node contain itself, and the readers recursed until the process died.
                folder.Replace("forces.yaml", "    units:\n      - id: cn-3rd-div", "    units: &units\n      - id: cn-3rd-div");
                folder.Replace("forces.yaml", "          - id: cn-3-7th-regt\n", "          - units: *units\n            id: cn-3-7th-regt\n");
                break;
            default:
                folder.Replace("record.yaml", "  - id: ", "\t- id: ");
                break;
        }
        return folder;
    }

    private static void AssertBadInput(CliRunner.Outcome result, string problemsOn)
    {
        var shown = $"exit code {result.ExitCode}\nstdout:\n{Cut(result.Out)}\nstderr:\n{Cut(result.Error)}";
        Assert.True(result.ExitCode == SiegeApp.BadInput, shown);
        Assert.DoesNotContain("   at ", result.Out + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        var problems = problemsOn.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith("siege: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, l => Assert.Matches(DiagnosticLine, l));
        Assert.Matches(@"^siege: (\d+ problem\(s\) found|the scenario has \d+ problem\(s\); run 'siege lint .*' for the list)\n?$", result.Error.Split('\n').Last(l => l.Length > 0) + "\n");
    }

    private static string Cut(string text) => text.Length > 2000 ? text[..2000] + "…" : text;
}
