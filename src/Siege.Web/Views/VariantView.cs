using System.Collections.Immutable;
using Siege.Scenarios.Variants;

namespace Siege.Web.Views;

/// <summary>
/// A shipped variant as <c>GET /api/scenarios/{id}/variants</c> lists it; <see cref="Id"/> is what a what-if asks for.
/// <see cref="Rationale"/> is English and <see cref="RationaleZh"/> Chinese (null where the file has none).
/// </summary>
internal sealed record VariantView(string Id, string Name, string NameEn, string Description, string DescriptionEn, string Rationale,
    string? RationaleZh, ImmutableArray<string> Sources, int Changes)
{
    public static VariantView Of(string name, Variant v) =>
        new(name, v.Name, v.NameEn, v.Description, v.DescriptionEn, v.Rationale, v.RationaleZh, v.Sources, v.ChangeCount);
}
