using Siege.Scenarios.Schema.Definitions;

namespace Siege.Scenarios.Schema;

/// <summary>One JSON Schema file: its name, the YAML files it is for, and its text.</summary>
public sealed record SchemaFile(string Name, string For, string Text);

/// <summary>
/// The JSON Schemas of the scenario format, one for each file of a scenario and one for variants, written from the
/// definitions the loader reads with. A YAML file names its schema in a first-line comment,
/// <c># yaml-language-server: $schema=…</c>, and editors with the YAML language server complete and check its keys.
/// </summary>
public static class ScenarioSchemas
{
    /// <summary>The folder of the repository that holds the schemas, and the default of <c>siege schema --out</c>.</summary>
    public const string Folder = "schemas";

    public const string VariantSchema = "variant.schema.json";

    /// <summary>The schema of the main file, <c>scenario.yaml</c>, and of a scenario in one file.</summary>
    public static string RootSchema => SchemaName(ScenarioDefinition.Root);

    /// <summary>Every schema, the scenario's files in the order they are included, then variants.</summary>
    public static IReadOnlyList<SchemaFile> All() =>
        [.. ScenarioDefinition.Parts.Select(Part), Variant()];

    /// <summary>
    /// The schema for a file of a scenario: <c>map.yaml</c> holds the <c>map</c> section and has the map's schema;
    /// the main file, and any file named otherwise, has the root schema, which allows every section.
    /// </summary>
    public static string ForScenarioFile(string fileName)
    {
        var part = Path.GetFileNameWithoutExtension(fileName);
        return ScenarioDefinition.Parts.Any(p => p.File == part) ? SchemaName(part) : RootSchema;
    }

    /// <summary>The comment that makes a YAML file's editor use the schema at <paramref name="schemaPath"/> (relative to the file).</summary>
    public static string Modeline(string schemaPath) => $"# yaml-language-server: $schema={schemaPath}";

    private static string SchemaName(string part) => $"{part}.schema.json";

    private static SchemaFile Part(ScenarioPart part)
    {
        var writer = new JsonSchemaWriter();
        var title = $"Siege scenario: {part.File}.yaml";
        if (part.File != ScenarioDefinition.Root)
            return new SchemaFile(SchemaName(part.File), $"{part.File}.yaml", writer.Document(title, part.Description, part.Keys, Required(part.Keys)));

        // The main file may hold every section. Its own keys are required in it; the sections that a merged scenario
        // needs are required here only when it includes no other file, for an included file may hold them.
        var all = ScenarioDefinition.Parts.SelectMany(p => p.Keys).ToList();
        var elsewhere = ScenarioDefinition.Parts.Where(p => p.File != ScenarioDefinition.Root).SelectMany(p => Required(p.Keys)).ToList();
        var description = part.Description + " Sections may also be written in included files: scenario.yaml and single-file scenarios share this schema.";
        return new SchemaFile(SchemaName(part.File), $"{part.File}.yaml, and a scenario in one file",
            writer.Document(title, description, all, Required(part.Keys), "include", elsewhere));
    }

    private static SchemaFile Variant()
    {
        var variant = VariantDefinition.Variant;
        var text = new JsonSchemaWriter().Document("Siege variant", variant.Description, variant.Keys, Required(variant.Keys));
        return new SchemaFile(VariantSchema, "variants/*.yaml", text);
    }

    private static IEnumerable<string> Required(IEnumerable<KeyDefinition> keys) => keys.Where(k => k.Need == Need.Required).Select(k => k.Name);
}
