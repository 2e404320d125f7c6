using System.Reflection;
using Siege.Engine.Domain;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Reference;
using Siege.Scenarios.Tests.Variants;

namespace Siege.Scenarios.Tests.Reference;

/// <summary>docs/parameters.md is what the attributes and the shipped Hengyang scenario give now.</summary>
public sealed class ParametersReferenceTests
{
    private static readonly string Committed = Path.Combine(RepositoryPaths.Root, ParametersReference.RepositoryPath);
    private static readonly string Generated = ParametersReference.Markdown(ScenarioLoader.LoadPath(RepositoryPaths.Hengyang).Scenario!);

    [Fact]
    public void The_committed_parameters_reference_is_the_generated_one()
    {
        if (Environment.GetEnvironmentVariable("SIEGE_UPDATE_DOCS") == "1") File.WriteAllText(Committed, Generated);
        Assert.True(File.Exists(Committed) && File.ReadAllText(Committed) == Generated,
            $"{ParametersReference.RepositoryPath} is not what the [Parameter] attributes and the scenario give; regenerate it with: {ParametersReference.Regenerate}");
    }

    public static TheoryData<string, string> Parameters()
    {
        var data = new TheoryData<string, string>();
        foreach (var record in new[] { typeof(AttackerDoctrine), typeof(DefenderDoctrine), typeof(CombatParameters) })
            foreach (var parameter in record.GetConstructors().Single().GetParameters())
                data.Add(record.Name, parameter.Name!);
        foreach (var name in new[] { nameof(Supply.UsePerManHour), nameof(Supply.UsePerGunHour), nameof(Supply.FirepowerWeight), nameof(Supply.FlowPerDay) })
            data.Add(nameof(Supply), name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Every_parameter_has_a_unit_and_a_description(string record, string name)
    {
        var type = typeof(Figure).Assembly.GetType($"Siege.Engine.Domain.{record}")!;
        var attribute = type.GetConstructors().Single().GetParameters().Single(p => p.Name == name).GetCustomAttribute<ParameterAttribute>();
        Assert.NotNull(attribute);
        Assert.False(string.IsNullOrWhiteSpace(attribute.Unit), $"{record}.{name} has no unit");
        Assert.True(attribute.Description.Length >= 20 && attribute.Description.EndsWith('.'), $"{record}.{name}: '{attribute.Description}' is not a sentence");
    }

    [Fact]
    public void Every_parameter_is_listed_once_with_its_unit()
    {
        foreach (var record in new[] { typeof(AttackerDoctrine), typeof(DefenderDoctrine), typeof(CombatParameters) })
            foreach (var parameter in record.GetConstructors().Single().GetParameters())
            {
                var key = char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];
                var rows = Generated.Split('\n').Where(l => l.StartsWith($"| `{key}` |", StringComparison.Ordinal)).ToList();
                Assert.True(rows.Count == 1, $"{key}: {rows.Count} rows");
                Assert.StartsWith($"| `{key}` | {parameter.GetCustomAttribute<ParameterAttribute>()!.Unit} |", rows[0]);
            }
    }

    [Fact]
    public void A_row_gives_the_scenario_s_value_range_and_sources()
    {
        // doctrine.yaml: attackerKillRate: {value: 0.093, min: 0.068, max: 0.141, source: [cdb90, zh-wp, ito-1973], ...}
        Assert.Contains("| `attackerKillRate` | men per man per day | 0.093 | 0.068 – 0.141 | cdb90, zh-wp, ito-1973 | Defender men put out", Generated);
        // supplies.yaml: usePerManHour: {value: 11, min: 5, max: 25, source: GUESS, ...} for the small-arms rounds.
        Assert.Contains("| defender | `def-small-arms` | `usePerManHour` | 11 | 5 – 25 | GUESS |", Generated);
    }
}
