using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Siege.Scenarios.Schema.Definitions;
using Siege.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Variants;

/// <summary>
/// Reads a variant file and checks its form: required fields, unknown keys, ops and their arguments, path syntax.
/// Whether the paths select anything can only be told against a scenario (<see cref="VariantApplier"/>).
/// </summary>
internal static class VariantReader
{
    public const int FormatVersion = 1;

    public static VariantDocument? Read(string file, string? text, Diagnostics diagnostics)
    {
        if (text is null)
        {
            diagnostics.Add(file, 1, 1, "variant file does not exist");
            return null;
        }
        if (YamlText.Parse(file, text, diagnostics) is not { } root) return null;

        var r = new MapReader(root, diagnostics, "variant", VariantDefinition.Variant);
        if (r.Integer("variantVersion") is { } v && v != FormatVersion)
            diagnostics.Add(r.Place("variantVersion")!.Value, $"variant.variantVersion: this version of Siege reads variant version {FormatVersion}, not {v}");
        var id = r.String("id");
        if (id is not null && (id.Length == 0 || !id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')))
            diagnostics.Add(r.Place("id")!.Value, $"variant.id: '{Quote.Text(id)}' is not a valid id (lower-case letters, digits and '-')");
        var name = r.String("name");
        var nameEn = r.String("nameEn");
        var description = r.String("description");
        var descriptionEn = r.String("descriptionEn");
        var rationale = r.String("rationale");
        var rationaleZh = r.ChineseFor("rationale", "rationaleZh");
        var sources = r.Strings("source");
        var changes = new List<VariantChange>();
        // An empty list is allowed (the null variant), a missing one is not: it is what a variant is for.
        var items = r.Sequence("changes");
        for (var i = 0; i < items.Count; i++)
            if (ReadChange(items[i], $"variant.changes[{i}]", diagnostics) is { } change) changes.Add(change);
        r.Finish();

        if (diagnostics.HasErrors || id is null || name is null || nameEn is null || description is null || descriptionEn is null || rationale is null)
            return null;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var variant = new Variant(id, name, nameEn, description, descriptionEn, rationale, rationaleZh,
            sources.Select(s => s.Value).ToImmutableArray(), changes.Count, hash, file);
        return new VariantDocument(variant, changes, sources);
    }

    private static VariantChange? ReadChange(Located at, string what, Diagnostics diagnostics)
    {
        var r = new MapReader(at, diagnostics, what);
        var op = r.Enum<ChangeOp>("op");
        var pathText = r.String("path");
        VariantPath? path = null;
        if (pathText is not null)
        {
            path = VariantPath.Parse(pathText, out var error);
            if (path is null) diagnostics.Add(r.Place("path")!.Value, $"{what}.path: '{Quote.Text(pathText)}' is not a valid path: {error}");
        }
        YamlNode? value = null;
        double? by = null;
        int? hours = null;
        switch (op)
        {
            case ChangeOp.Set or ChangeOp.Add:
                value = r.Node("value")?.Node;
                break;
            case ChangeOp.Scale:
                by = r.Number("by");
                if (by < 0) diagnostics.Add(r.Place("by")!.Value, $"{what}.by: must not be negative");
                break;
            case ChangeOp.Shift:
                hours = r.Integer("hours");
                break;
            // With no op known, the arguments of every op are let be: the op is reported wrong already.
        }
        r.Finish();
        return op is null || path is null || (op is ChangeOp.Set or ChangeOp.Add && value is null)
            || (op == ChangeOp.Scale && by is null) || (op == ChangeOp.Shift && hours is null)
            ? null
            : new VariantChange(what, op.Value, path, at, r.Place("path")!.Value, value, by, hours);
    }
}
