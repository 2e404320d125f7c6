using System.Collections.Immutable;
using Siege.Scenarios.Loading;

namespace Siege.Scenarios.Variants;

/// <summary>
/// What a variant says about itself: its names, what it changes and why, on which sources, and a hash of the
/// variant file's text (a run of a variant is keyed by the scenario's hash and this one). The rationale is written in
/// English; <see cref="RationaleZh"/> is its Chinese, null in files older than it.
/// </summary>
public sealed record Variant(
    string Id,
    string Name,
    string NameEn,
    string Description,
    string DescriptionEn,
    string Rationale,
    string? RationaleZh,
    ImmutableArray<string> Sources,
    int ChangeCount,
    string ContentHash,
    string File);

/// <summary>Either a scenario with a variant applied, and the variant, or every problem found in either.</summary>
public sealed record VariantLoadResult(LoadedScenario? Scenario, Variant? Variant, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Scenario is not null && Variant is not null && Diagnostics.Count == 0;

    /// <summary>What lint points out in the variant and the scenario but loading does not need.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];
}
