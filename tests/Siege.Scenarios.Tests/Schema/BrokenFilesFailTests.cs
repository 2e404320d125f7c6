using Siege.Scenarios.Loading;
using Siege.Scenarios.Schema;
using Siege.Scenarios.Tests.Variants;

namespace Siege.Scenarios.Tests.Schema;

/// <summary>
/// What an editor flags: a shipped file edited with one mistake (an unknown key, a wrong type, a missing required key)
/// is invalid against its schema at the place of the mistake, and the lint corpus's broken files that the loader
/// rejects for such a mistake are rejected by the schema too.
/// </summary>
public sealed class BrokenFilesFailTests
{
    private static string Shipped(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));

    private static string Edited(string file, string from, string to)
    {
        var text = Shipped(file);
        Assert.Contains(from, text);
        return text.Replace(from, to);
    }

    [Theory]
    // An unknown key, at the top and deep down.
    [InlineData("scenarios/iwo-jima-1945/scenario.yaml", "horizonDays: 60", "horizonDays: 60\ncolour: red", "/colour")]
    [InlineData("scenarios/hengyang-1944/map.yaml", "      x: 0\n      y: 0\n      approximate: true", "      x: 0\n      y: 0\n      colour: red", "/map/positions/0/colour")]
    // A key of another kind of event: durationHours belongs to gas, not to an air raid.
    [InlineData("scenarios/hengyang-1944/events.yaml", "    kind: gas", "    kind: airRaid", "/events/7/durationHours")]
    // Wrong types: text for a number, a number for a parameter that must give its source, a misspelled enum.
    [InlineData("scenarios/hengyang-1944/map.yaml", "      x: 0\n      y: 0\n      approximate: true", "      x: east\n      y: 0\n      approximate: true", "/map/positions/0/x")]
    [InlineData("scenarios/hengyang-1944/doctrine.yaml", "regroupHours: {value: 72, min: 24, max: 168, source: GUESS, note: \"reorganisation after a pause\", noteZh: \"停顿后的整补\"}", "regroupHours: 72", "/doctrine/attacker/regroupHours")]
    [InlineData("scenarios/hengyang-1944/map.yaml", "tier: core", "tier: centre", "/map/positions/0/tier")]
    // Missing required keys: a position's nameEn, the map's approaches.
    [InlineData("scenarios/hengyang-1944/map.yaml", "      nameEn: \"Central Bank\"\n", "", "/map/positions/0")]
    [InlineData("scenarios/hengyang-1944/map.yaml", "  approaches:", "  roads:", "/map")]
    // The keys the sides, the order to hold, the calibration, each supply's delivery, a source's reading and the battle's CDB90 classes added.
    // The baseline has no dated supply (the drops are in a variant): one is written in before the notes, as event 11.
    [InlineData("scenarios/hengyang-1944/events.yaml", "  # --- chronicle notes\n", "  - id: test-drop\n    kind: supplyArrival\n    at: \"1944-07-06T12:00\"\n    side: defender\n    supply: def-small-arms\n    delivery: parachute\n    amount: {value: 1000, min: 500, max: 2000, source: GUESS}\n    source: GUESS\n  # --- chronicle notes\n", "/events/11/delivery")]
    [InlineData("scenarios/hengyang-1944/events.yaml", "  # --- chronicle notes\n", "  - id: test-drop\n    kind: supplyArrival\n    at: \"1944-07-06T12:00\"\n    side: defender\n    supply: def-small-arms\n    amount: {value: 1000, min: 500, max: 2000, source: GUESS}\n    source: GUESS\n  # --- chronicle notes\n", "/events/11")]
    [InlineData("scenarios/hengyang-1944/scenario.yaml", "{name: 守军, nameEn: Chinese garrison}", "{name: 守军}", "/sides/defender")]
    [InlineData("scenarios/hengyang-1944/record.yaml", "  days: 14\n", "  days: 14\n  weeks: 2\n", "/holdOrder/weeks")]
    [InlineData("scenarios/hengyang-1944/record.yaml", "  days: 14\n", "  days: fourteen\n", "/holdOrder/days")]
    [InlineData("scenarios/hengyang-1944/record.yaml", "  observe: [", "  observed: [", "/calibration")]
    // The battle's CDB90 classes: a class CDB90 does not have, and a classing without its source.
    [InlineData("scenarios/hengyang-1944/record.yaml", "    terrain: rugged", "    terrain: hilly", "/calibration/prior/terrain")]
    [InlineData("scenarios/iwo-jima-1945/scenario.yaml", "    posture: fortified", "    posture: entrenched", "/calibration/prior/posture")]
    [InlineData("scenarios/iwo-jima-1945/scenario.yaml", "    source: cdb90\n", "", "/calibration/prior")]
    [InlineData("scenarios/hengyang-1944/sources.yaml", "    sha256: 6501c4bf", "    sha265: 6501c4bf", "/sources/0/sha265")]
    public void A_shipped_file_with_one_mistake_is_invalid_where_the_mistake_is(string file, string from, string to, string at)
    {
        var schema = ShippedSchemas.Load(ShippedSchemas.ExpectedSchema(file));
        Assert.Equal("", ShippedSchemas.Problems(schema, Shipped(file)));

        var problems = ShippedSchemas.Problems(schema, Edited(file, from, to));
        Assert.StartsWith("invalid", problems);
        Assert.Contains(at, problems);
    }

    [Fact]
    public void A_variant_with_an_argument_of_another_op_or_without_changes_is_invalid()
    {
        const string file = "scenarios/hengyang-1944/variants/no-gas.yaml";
        var schema = ShippedSchemas.Load(ScenarioSchemas.VariantSchema);
        Assert.StartsWith("invalid", ShippedSchemas.Problems(schema, Edited(file, "{op: remove, path: \"events[kind=gas]\"}", "{op: remove, path: \"events[kind=gas]\", by: 2}")));
        Assert.StartsWith("invalid", ShippedSchemas.Problems(schema, Edited(file, "changes:\n  - {op: remove, path: \"events[kind=gas]\"}", "")));
        // An empty list is the null variant; changes written with nothing after it reads as empty too.
        Assert.Equal("", ShippedSchemas.Problems(schema, Edited(file, "changes:\n  - {op: remove, path: \"events[kind=gas]\"}", "changes:")));
    }

    [Fact]
    public void The_main_file_needs_every_section_only_when_it_includes_no_other_file()
    {
        var schema = ShippedSchemas.Load(ScenarioSchemas.RootSchema);
        // Hengyang's main file includes the sections; without its includes, they are missing.
        const string file = "scenarios/hengyang-1944/scenario.yaml";
        Assert.Equal("", ShippedSchemas.Problems(schema, Shipped(file)));
        var alone = Shipped(file);
        alone = alone[..alone.IndexOf("include:", StringComparison.Ordinal)];
        var problems = ShippedSchemas.Problems(schema, alone);
        foreach (var section in new[] { "sources", "map", "supplies", "forces", "doctrine", "combat" })
            Assert.Contains($"\"{section}\"", problems);
    }

    [Theory]
    [InlineData("unknown-key", "/map/positions/0/colour")]
    [InlineData("wrong-type", "/map/positions/1/x")]
    [InlineData("missing-field", "/map/positions/1")]
    [InlineData("bad-enum", "/map/positions/0/tier")]
    public void The_schema_rejects_what_lint_rejects_in_the_lint_corpus(string name, string at)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Lint", "cases", name + ".yaml");
        Assert.False(ScenarioLoader.LoadPath(path).Succeeded);

        var problems = ShippedSchemas.Problems(ShippedSchemas.Load(ScenarioSchemas.RootSchema), File.ReadAllText(path));
        Assert.StartsWith("invalid", problems);
        Assert.Contains(at, problems);
    }

    [Fact]
    public void The_lint_corpus_s_valid_minimal_scenario_is_valid_against_the_schema()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Lint", "cases", "minimal.yaml");
        Assert.True(ScenarioLoader.LoadPath(path).Succeeded);
        Assert.Equal("", ShippedSchemas.Problems(ShippedSchemas.Load(ScenarioSchemas.RootSchema), File.ReadAllText(path)));
    }
}
