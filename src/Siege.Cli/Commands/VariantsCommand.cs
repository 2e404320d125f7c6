using System.ComponentModel;
using Siege.Cli.Infrastructure;
using Siege.Cli.Output;
using Siege.Scenarios.Variants;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Siege.Cli.Commands;

/// <summary>
/// <c>siege variants</c>: the what-ifs shipped with a scenario (the files of its <c>variants/</c> folder), so that a
/// user can find the names <c>--variant</c> takes without opening the folder.
/// </summary>
internal sealed class VariantsCommand(CliOutput output) : Command<VariantsCommand.Settings>
{
    public sealed class Settings : FormatSettings
    {
        [CommandOption("--scenario <PATH>")]
        [Description("Scenario folder or .yaml file whose variants to list (default: the embedded Hengyang 1944 scenario).")]
        public string? Scenario { get; init; }
    }

    private sealed record Listed(string Id, Variant? Variant, int Problems);

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scenario = ScenarioOption.LoadOrFail(settings.Scenario, output).Scenario;
        var shipped = ShippedVariants.Of(settings.Scenario);
        var listed = shipped.Names.Select(name => shipped.Load(name) is { } result
            ? new Listed(name, result.Succeeded ? result.Variant : null, result.Diagnostics.Count)
            : new Listed(name, null, 1)).ToList();

        if (settings.Json)
            output.Out.WriteLine(Json.Serialize(new
            {
                scenario = scenario.Id,
                variants = listed.Select(l => l.Variant is { } v
                    ? new { id = l.Id, loads = true, name = v.Name, nameEn = v.NameEn, description = v.Description, descriptionEn = v.DescriptionEn, changes = v.ChangeCount, sources = v.Sources.ToArray() }
                    : new { id = l.Id, loads = false, name = "", nameEn = "", description = "", descriptionEn = "", changes = 0, sources = Array.Empty<string>() }),
            }));
        else
            Print(scenario.Id, listed);

        var broken = listed.Where(l => l.Variant is null).Select(l => l.Id).ToList();
        if (broken.Count == 0) return SiegeApp.Ok;
        var lint = settings.Scenario is null ? "siege lint" : $"siege lint {ShellWords.Quote(settings.Scenario)}";
        throw new CliException($"{string.Join(", ", broken)} do{(broken.Count == 1 ? "es" : "")} not load; '{lint} --variant {broken[0]}' lists the problems");
    }

    private void Print(string scenarioId, IReadOnlyList<Listed> listed)
    {
        if (listed.Count == 0)
        {
            output.Out.WriteLine($"{scenarioId} ships no variants (a variant is a .yaml file in the scenario's variants/ folder).");
            return;
        }
        output.Out.WriteLine($"{listed.Count} variant(s) shipped with {scenarioId}; give one to run, ensemble, whatif, report or lint as --variant ID.");
        var table = new Table().AddColumns("id", "name", "English name", "what it changes");
        foreach (var l in listed)
            table.AddRow(Markup.Escape(l.Id), Markup.Escape(l.Variant?.Name ?? ""), Markup.Escape(l.Variant?.NameEn ?? ""),
                Markup.Escape(l.Variant?.DescriptionEn ?? $"does not load ({l.Problems} problem(s))"));
        output.Console.Write(table);
    }
}
