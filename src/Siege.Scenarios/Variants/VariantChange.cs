using Siege.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Variants;

/// <summary>The operations a variant can apply to the scenario's YAML.</summary>
internal enum ChangeOp
{
    Set,
    Scale,
    Shift,
    Add,
    Remove,
}

/// <summary>
/// One entry of a variant's <c>changes</c> list, checked for form but not yet against a scenario. <see cref="At"/>
/// is the entry itself (where a wrong type is reported), <see cref="PathAt"/> its path (where a path that selects
/// nothing is reported).
/// </summary>
internal sealed record VariantChange(
    string What,
    ChangeOp Op,
    VariantPath Path,
    Located At,
    Located PathAt,
    YamlNode? Value = null,
    double? By = null,
    int? Hours = null);

/// <summary>A variant file as read: its description and its changes, in file order.</summary>
internal sealed record VariantDocument(Variant Variant, IReadOnlyList<VariantChange> Changes, IReadOnlyList<(string Key, Located At)> SourceKeys);
