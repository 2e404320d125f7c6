using Siege.Scenarios.Loading;

namespace Siege.Scenarios.Variants;

/// <summary>
/// The variants shipped with a scenario: the <c>.yaml</c> files of its <c>variants/</c> folder, on disk or embedded
/// with it. Only those names can be loaded through here, so a name taken from a user never reaches another file.
/// </summary>
public sealed class ShippedVariants
{
    private readonly Func<string, string> _fileOf;
    private readonly Func<string, string?> _read;
    private readonly HashSet<string> _names;

    private ShippedVariants(IScenarioFiles scenario, IReadOnlyList<string> names, Func<string, string> fileOf, Func<string, string?> read)
    {
        Scenario = scenario;
        Names = names;
        _names = new HashSet<string>(names, StringComparer.Ordinal);
        _fileOf = fileOf;
        _read = read;
    }

    /// <summary>The files of the scenario the variants apply to.</summary>
    public IScenarioFiles Scenario { get; }

    /// <summary>The names of the variants (file names without <c>.yaml</c>), in ordinal order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The variants of the scenario at <paramref name="scenarioPath"/>, or of the embedded one when it is null.</summary>
    public static ShippedVariants Of(string? scenarioPath) => scenarioPath is null ? Embedded() : OnDisk(scenarioPath);

    /// <summary>The variants embedded with a scenario (its files under <c>scenarios/ID/variants/</c>).</summary>
    public static ShippedVariants Embedded(string scenarioId = ScenarioLoader.DefaultScenarioId)
    {
        var files = new EmbeddedScenarioFiles(scenarioId);
        var prefix = $"scenarios/{scenarioId}/variants/";
        var names = typeof(ScenarioLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^5])
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ShippedVariants(files, names, name => $"{prefix}{name}.yaml", files.Read);
    }

    /// <summary>The variants in the <c>variants/</c> folder beside a scenario folder or <c>.yaml</c> file.</summary>
    public static ShippedVariants OnDisk(string scenarioPath)
    {
        var folder = Path.Combine(Directory.Exists(scenarioPath) ? scenarioPath : Path.GetDirectoryName(scenarioPath) ?? ".", "variants");
        var names = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        return new ShippedVariants(new DiskScenarioFiles(scenarioPath), names, name => Path.Combine(folder, name + ".yaml"),
            file => File.Exists(file) ? File.ReadAllText(file) : null);
    }

    public bool Contains(string name) => _names.Contains(name);

    /// <summary>The scenario with the named variant applied, or null when no variant of that name is shipped.</summary>
    public VariantLoadResult? Load(string name)
    {
        if (!Contains(name)) return null;
        var file = _fileOf(name);
        return VariantLoader.Load(Scenario, file, _read(file));
    }
}
