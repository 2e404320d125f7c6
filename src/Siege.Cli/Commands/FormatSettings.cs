using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

/// <summary>Settings of every command that prints either text for a person or one JSON object for a program.</summary>
public class FormatSettings : CommandSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("text or json (one object).")]
    [DefaultValue("text")]
    public string Format { get; init; } = "text";

    public bool Json => Format == "json";

    public override ValidationResult Validate() =>
        Format is "text" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format must be text or json, not '{Format}'");
}
