using System.Globalization;
using System.Text;
using Siege.Engine.Domain;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Schema.Definitions;

namespace Siege.Scenarios.Reference;

/// <summary>
/// Writes docs/parameters.md: every model parameter with its YAML key, unit and description (from the
/// <see cref="ParameterAttribute"/> on the engine's parameter records, the text the schema shows too), and one
/// scenario's value, range and sources, so the reference cannot drift from the code or the scenario.
/// </summary>
public static class ParametersReference
{
    /// <summary>Where the reference is kept in the repository.</summary>
    public const string RepositoryPath = "docs/parameters.md";

    /// <summary>How to write it again after a parameter or the scenario changed.</summary>
    public const string Regenerate = "SIEGE_UPDATE_DOCS=1 dotnet test tests/Siege.Scenarios.Tests --filter ParametersReference";

    public static string Markdown(LoadedScenario loaded)
    {
        var scenario = loaded.Scenario;
        var text = new StringBuilder();
        text.Append("# Model parameters\n\n")
            .Append("<!-- Generated from the [Parameter] attributes in src/Siege.Engine/Domain and the scenario named below: do not edit.\n")
            .Append($"     Regenerate with: {Regenerate} -->\n\n")
            .Append("Every number the model's decisions and attrition rest on, as its YAML key (in `doctrine.yaml`, or in\n")
            .Append("`supplies.yaml` for the use of ammunition), its unit and what the engine does with it. The value, range and sources\n")
            .Append($"are those of the scenario `{scenario.Id}` ({scenario.NameEn}); GUESS marks a value its authors set, with a range that\n")
            .Append("ensembles and the sensitivity analysis explore. Every parameter of `doctrine` and `combat` is required, as a figure\n")
            .Append("`{value, min, max, source}` that names its source; `siege schema` gives editors the same descriptions.\n\n")
            .Append("Units: *fraction* is a number from 0 to 1; *multiplier* a factor on combat effectiveness, 1 being neutral;\n")
            .Append("*condition* the state of a position's works, from 0 (wrecked) to 1 (intact); *ratio* men against men.\n");

        foreach (var (path, record) in ParameterDefinitions.Records)
        {
            var values = path switch
            {
                "doctrine.attacker" => (object)scenario.AttackerDoctrine,
                "doctrine.defender" => scenario.DefenderDoctrine,
                _ => scenario.Combat,
            };
            text.Append($"\n## {path}\n\n| key | unit | value | range | source | meaning |\n|---|---|---|---|---|---|\n");
            foreach (var parameter in ParameterDefinitions.Parameters(record))
            {
                var described = ParameterDefinitions.Described(parameter);
                var figure = (Figure)record.GetProperty(parameter.Name!)!.GetValue(values)!;
                text.Append($"| `{ParameterDefinitions.YamlKey(parameter)}` | {described.Unit} | {Number(figure.Value)} | {Range(figure)} | {Sources(figure)} | {Cell(described.Description)} |\n");
            }
        }

        AppendSupplies(text, scenario);
        return text.ToString();
    }

    /// <summary>The use rates and firepower weights, which every supply of the scenario gives for itself.</summary>
    private static void AppendSupplies(StringBuilder text, Scenario scenario)
    {
        var parameters = ParameterDefinitions.Parameters<Supply>().Where(p => p.GetCustomAttributes(typeof(ParameterAttribute), false).Length > 0).ToList();
        text.Append("\n## supplies\n\nEach stock of `supplies.defender` and `supplies.attacker` gives these for itself:\n\n| key | unit | meaning |\n|---|---|---|\n");
        foreach (var parameter in parameters)
        {
            var described = ParameterDefinitions.Described(parameter);
            text.Append($"| `{ParameterDefinitions.YamlKey(parameter)}` | {described.Unit} | {Cell(described.Description)} |\n");
        }
        text.Append("\n| side | supply | key | value | range | source |\n|---|---|---|---|---|---|\n");
        foreach (var (side, supplies) in new[] { ("defender", scenario.Supplies.Defender), ("attacker", scenario.Supplies.Attacker) })
            foreach (var supply in supplies)
            {
                if (supply.UsePerManHour is { } perMan) text.Append($"| {side} | `{supply.Id}` | `usePerManHour` | {Number(perMan.Value)} | {Range(perMan)} | {Sources(perMan)} |\n");
                if (supply.UsePerGunHour is { } perGun) text.Append($"| {side} | `{supply.Id}` | `usePerGunHour` | {Number(perGun.Value)} | {Range(perGun)} | {Sources(perGun)} |\n");
                if (supply.FlowPerDay is { } flow) text.Append($"| {side} | `{supply.Id}` | `flowPerDay` | {Number(flow.Value)} | {Range(flow)} | {Sources(flow)} |\n");
                if (supply.FirepowerWeight != 0) text.Append($"| {side} | `{supply.Id}` | `firepowerWeight` | {Number(supply.FirepowerWeight)} | – | – |\n");
            }
    }

    private static string Range(Figure figure) =>
        figure.Min is null && figure.Max is null ? "–" : $"{Number(figure.Low)} – {Number(figure.High)}";

    private static string Sources(Figure figure) => figure.SourceKeys.IsEmpty ? "–" : string.Join(", ", figure.SourceKeys);

    private static string Number(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    // A table cell is one line, and '|' would end it.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
