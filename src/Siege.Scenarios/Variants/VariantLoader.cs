using Siege.Scenarios.Loading;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Variants;

/// <summary>
/// Loads a scenario with a variant applied. The variant changes the scenario's YAML before it is read, so the result
/// passes every check a scenario does. Problems in the scenario's own text point at the scenario's files; problems
/// with the variant, and problems the reader finds in values the variant put in, point at the variant file.
/// </summary>
public static class VariantLoader
{
    public static VariantLoadResult LoadPath(string scenarioPath, string variantPath) =>
        Load(new DiskScenarioFiles(scenarioPath), variantPath, ReadDisk(variantPath));

    public static VariantLoadResult LoadEmbedded(string variantPath, string scenarioId = ScenarioLoader.DefaultScenarioId) =>
        Load(new EmbeddedScenarioFiles(scenarioId), variantPath, ReadDisk(variantPath));

    /// <summary>The scenario in <paramref name="scenario"/> with the variant whose text is given (null: it does not exist).</summary>
    public static VariantLoadResult Load(IScenarioFiles scenario, string variantFile, string? variantText)
    {
        var diagnostics = new Diagnostics();
        // A variant is read only from a text; the second test tells the compiler so.
        if (VariantReader.Read(variantFile, variantText, diagnostics) is not { } variant || variantText is null)
            return new VariantLoadResult(null, null, diagnostics.Items);

        var result = ScenarioLoader.Load(scenario, (parts, d) => VariantApplier.Apply(variant, parts, d));
        var located = result.Diagnostics.Select(d => Locate(d, variantFile, variantText)).ToList();
        var warnings = diagnostics.Warnings.Concat(result.Warnings.Select(d => Locate(d, variantFile, variantText))).ToList();
        return new VariantLoadResult(result.Scenario, variant.Variant, located) { Warnings = warnings };
    }

    /// <summary>Checks a variant file's form alone, without a scenario (paths are not resolved).</summary>
    public static (Variant? Variant, IReadOnlyList<Diagnostic> Diagnostics) Check(string variantPath)
    {
        var diagnostics = new Diagnostics();
        var variant = VariantReader.Read(variantPath, ReadDisk(variantPath), diagnostics);
        return (variant?.Variant, diagnostics.Items);
    }

    private static string? ReadDisk(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    // Nodes a variant inserted carry its marks moved by InsertedLineOffset; the reader named the scenario file for them.
    // Back in the variant file, a place past its end is moved to the end as the variant's own problems are (YamlText.AtEnd).
    private static Diagnostic Locate(Diagnostic d, string variantFile, string variantText)
    {
        if (d.Line <= VariantApplier.InsertedLineOffset) return d;
        var (line, column) = YamlText.AtEnd(variantText, d.Line - VariantApplier.InsertedLineOffset, d.Column);
        return d with { File = variantFile, Line = line, Column = column };
    }
}
