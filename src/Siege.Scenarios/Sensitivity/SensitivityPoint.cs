using System.Globalization;
using System.Text;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Variants;

namespace Siege.Scenarios.Sensitivity;

/// <summary>
/// The variant that sets several ranged figures at once, each to a value inside its range: one point of a global
/// sensitivity design. Like <see cref="SensitivityVariant"/> it is variant text, loaded and checked as any variant, and
/// its hash (of the text, so of the values) keys its runs in the store: the same point is never run twice.
/// </summary>
public static class SensitivityPoint
{
    /// <summary>
    /// The value a figure takes at <paramref name="unit"/> of the way from its low to its high end: a whole figure (a
    /// count, an hour) is rounded to the nearest whole number inside its range.
    /// </summary>
    public static double ValueAt(RangedFigure figure, double unit)
    {
        // Clamped: 0.03 + 1 × (0.3 − 0.03) is 0.30000000000000004 in floating point, outside the range the loader checks.
        var x = Math.Clamp(figure.Low + unit * (figure.High - figure.Low), figure.Low, figure.High);
        if (!figure.Whole) return x;
        var (lo, hi) = (Math.Ceiling(figure.Low), Math.Floor(figure.High));
        return lo <= hi ? Math.Clamp(Math.Round(x, MidpointRounding.AwayFromZero), lo, hi) : x;
    }

    /// <summary>Where <paramref name="value"/> lies in the figure's range, 0 at the low end and 1 at the high.</summary>
    public static double UnitOf(RangedFigure figure, double value) => (value - figure.Low) / (figure.High - figure.Low);

    /// <summary>The scenario with each figure set to its value, and the variant.</summary>
    public static VariantLoadResult Load(IScenarioFiles scenario, IReadOnlyList<(RangedFigure Figure, double Value)> point) =>
        VariantLoader.Load(scenario, "sensitivity/point.yaml", Text(point));

    /// <summary>
    /// The content hash the loaded variant of this point has (that of its text, as for any variant), known without
    /// loading the scenario: a point whose runs are all stored needs no loading.
    /// </summary>
    public static string ContentHash(IReadOnlyList<(RangedFigure Figure, double Value)> point) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Text(point))));

    public static string Text(IReadOnlyList<(RangedFigure Figure, double Value)> point)
    {
        var text = new StringBuilder()
            .AppendLine("variantVersion: 1")
            .AppendLine("id: sensitivity-point")
            .AppendLine($"name: \"敏感性：{point.Count} 个数值同时取其范围内的一点\"")
            .AppendLine($"nameEn: \"Sensitivity: {point.Count} figures set together to a point of their ranges\"")
            .AppendLine("description: \"全局敏感性分析的一个取样点：每个数值取其范围内的一个值，其余不变。\"")
            .AppendLine("descriptionEn: \"A point of a global sensitivity design: each figure set to a value inside its range; nothing else changes.\"")
            .AppendLine("rationale: \"Global sensitivity: how much the siege depends on the figures when they vary together.\"")
            .AppendLine("rationaleZh: \"全局敏感性分析：各数值同时变化时，围城结果在多大程度上取决于它们。\"")
            .AppendLine($"source: [{string.Join(", ", point.SelectMany(p => p.Figure.Sources).Distinct().Order(StringComparer.Ordinal).Select(Quote))}]")
            .AppendLine("changes:");
        foreach (var (figure, value) in point)
        {
            // As SensitivityVariant does: an arrival is pinned by writing it as a local time alone, a number by its value.
            var (path, written) = figure.HoursFrom is { } origin
                ? (Quote(figure.Path), Quote(origin.AddHours(value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)))
                : (Quote(figure.Path + ".value"), value.ToString("R", CultureInfo.InvariantCulture));
            text.AppendLine($"  - {{op: set, path: {path}, value: {written}}}");
        }
        return text.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
