namespace Siege.Scenarios.Schema;

/// <summary>The keys that one value of a discriminator (an event's <c>kind</c>) adds to the mapping's own.</summary>
internal sealed record MappingCase(string Value, string Description, IReadOnlyList<KeyDefinition> Keys);

/// <summary>
/// Every key a mapping of a scenario or variant file may hold. A mapping with a <see cref="Discriminator"/> (events
/// and record items by <c>kind</c>, a variant's changes by <c>op</c>) has keys of its own and, for each value of the
/// discriminator, the keys of that case.
/// </summary>
internal sealed class MappingDefinition
{
    public MappingDefinition(string name, string description, params KeyDefinition[] keys)
        : this(name, description, keys, null, [])
    {
    }

    private MappingDefinition(string name, string description, IReadOnlyList<KeyDefinition> keys, string? discriminator, IReadOnlyList<MappingCase> cases)
    {
        Name = name;
        Description = description;
        Keys = keys;
        Discriminator = discriminator;
        Cases = cases;
        var names = keys.Select(k => k.Name).ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count) throw new InvalidOperationException($"mapping '{name}' declares a key twice");
        foreach (var c in cases)
            if (c.Keys.Any(k => names.Contains(k.Name, StringComparer.Ordinal)))
                throw new InvalidOperationException($"mapping '{name}': case '{c.Value}' declares a key the mapping has already");
    }

    /// <summary>The name of the definition in a JSON Schema, and in the message of a programming error.</summary>
    public string Name { get; }

    public string Description { get; }

    /// <summary>The keys every mapping of this kind may hold (the discriminator among them).</summary>
    public IReadOnlyList<KeyDefinition> Keys { get; }

    public string? Discriminator { get; }

    public IReadOnlyList<MappingCase> Cases { get; }

    /// <summary>
    /// A mapping told apart by <paramref name="discriminator"/>, whose values are the members of <typeparamref name="T"/>:
    /// each member needs exactly one case, in the enum's order, so that the reader's enum and the definition agree.
    /// </summary>
    public static MappingDefinition Union<T>(string name, string description, string discriminator, string discriminatorDescription,
        IReadOnlyList<KeyDefinition> keys, params MappingCase[] cases) where T : struct, Enum
    {
        var values = Yaml.EnumNames.All<T>();
        if (!values.SequenceEqual(cases.Select(c => c.Value), StringComparer.Ordinal))
            throw new InvalidOperationException($"mapping '{name}': the cases must be {string.Join(", ", values)}, in that order");
        return new MappingDefinition(name, description, [Key.Required(discriminator, Shape.Choice<T>(), discriminatorDescription), .. keys], discriminator, cases);
    }

    public static MappingCase Case<T>(T value, string description, params KeyDefinition[] keys) where T : struct, Enum =>
        new(Yaml.EnumNames.ToYaml(value), description, keys);

    /// <summary>
    /// The definition of <paramref name="key"/>: one of the mapping's own keys, or one of the case's when a case is
    /// known; with none known (the discriminator is missing or wrong), a key of any case.
    /// </summary>
    public KeyDefinition? Find(string key, string? selectedCase) =>
        Keys.FirstOrDefault(k => k.Name == key)
        ?? CasesFor(selectedCase).SelectMany(c => c.Keys).FirstOrDefault(k => k.Name == key);

    /// <summary>The names of every key allowed with <paramref name="selectedCase"/> (or with any case, when it is null).</summary>
    public IEnumerable<string> KeyNames(string? selectedCase) =>
        Keys.Select(k => k.Name).Concat(CasesFor(selectedCase).SelectMany(c => c.Keys).Select(k => k.Name)).Distinct(StringComparer.Ordinal);

    /// <summary>The definitions a key of this mapping refers to, each once, in the order they are met.</summary>
    public IEnumerable<KeyDefinition> AllKeys() => Keys.Concat(Cases.SelectMany(c => c.Keys));

    private IEnumerable<MappingCase> CasesFor(string? selectedCase) =>
        selectedCase is null ? Cases : Cases.Where(c => c.Value == selectedCase);
}
