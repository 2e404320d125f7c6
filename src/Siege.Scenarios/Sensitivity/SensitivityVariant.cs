using System.Globalization;
using System.Text;
using Siege.Scenarios.Loading;
using Siege.Scenarios.Variants;

namespace Siege.Scenarios.Sensitivity;

/// <summary>
/// The variant that sets one ranged figure to one end of its range and changes nothing else: one-at-a-time
/// sensitivity is a set of such what-ifs. Written as variant text, so it goes through the same loader and checks as a
/// shipped variant, and its hash (of the text) keys its runs in the store like any other variant's.
/// </summary>
public static class SensitivityVariant
{
    /// <summary>The scenario with <paramref name="figure"/> at <paramref name="end"/>, and the variant.</summary>
    public static VariantLoadResult Load(IScenarioFiles scenario, RangedFigure figure, RangeEnd end) =>
        VariantLoader.Load(scenario, FileName(figure, end), Text(figure, end));

    /// <summary>
    /// The scenario with each of <paramref name="figures"/> set to the value at the same place in
    /// <paramref name="values"/> (as <see cref="RangedFigure.Snap"/> makes it), through a generated variant of one
    /// <c>set</c> a figure: the route every variant takes, re-reading the scenario's YAML. A calibration that sets
    /// figures thousands of times takes <see cref="FigureLoader"/>, which gives the same scenario faster.
    /// </summary>
    public static VariantLoadResult Load(IScenarioFiles scenario, IReadOnlyList<RangedFigure> figures, IReadOnlyList<double> values)
    {
        if (figures.Count != values.Count) throw new ArgumentException($"{figures.Count} figures but {values.Count} values", nameof(values));
        var text = new StringBuilder()
            .AppendLine("variantVersion: 1")
            .AppendLine("id: figures")
            .AppendLine("name: \"设定数值\"")
            .AppendLine("nameEn: \"Figures set\"")
            .AppendLine("description: \"把若干有范围的数值设为给定值，其余不变。\"")
            .AppendLine("descriptionEn: \"Ranged figures set to given values; nothing else changes.\"")
            .AppendLine($"rationale: {Quote("Calibration: the scenario at a point of its parameters.")}")
            .AppendLine($"rationaleZh: {Quote("校准：参数空间中一点上的情景。")}")
            .AppendLine("source: [GUESS]")
            .AppendLine("changes:");
        for (var i = 0; i < figures.Count; i++)
            text.AppendLine($"  - {Change(figures[i], figures[i].Written(figures[i].Snap(values[i])))}");
        return VariantLoader.Load(scenario, "figures.yaml", text.ToString());
    }

    // An arrival is pinned to a time by writing it as that local time alone: with its range left in, each run would
    // draw the hour from the range again. A number is moved by setting its value.
    private static string Change(RangedFigure figure, string written) => figure.IsTime
        ? $"{{op: set, path: {Quote(figure.Path)}, value: {Quote(written)}}}"
        : $"{{op: set, path: {Quote(figure.Path + ".value")}, value: {written}}}";

    /// <summary>A name for the variant in messages (there is no such file: the text is made here).</summary>
    public static string FileName(RangedFigure figure, RangeEnd end) => $"sensitivity/{figure.Path}@{Word(end)}.yaml";

    public static string Text(RangedFigure figure, RangeEnd end)
    {
        var (value, from) = (Shown(figure, figure.End(end)), Shown(figure, figure.Value));
        // An arrival is pinned to the end of its range by writing it as that local time alone: with its range left in,
        // each run would draw the hour from the range again. A number is moved by setting its value.
        var (path, written) = figure.IsTime ? (Quote(figure.Path), Quote(value)) : (Quote(figure.Path + ".value"), value);
        var sources = string.Join(", ", figure.Sources.Select(Quote));
        var (zh, en) = end == RangeEnd.Low ? ("下限", "low") : ("上限", "high");
        var text = new StringBuilder()
            .AppendLine("variantVersion: 1")
            .AppendLine($"id: sensitivity-{Word(end)}")
            .AppendLine($"name: {Quote($"敏感性：{figure.Path} 取{zh} {value}")}")
            .AppendLine($"nameEn: {Quote($"Sensitivity: {figure.Path} at its {en} end, {value}")}")
            .AppendLine($"description: {Quote($"把 {figure.Path} 由 {from} 改为其范围的{zh} {value}，其余不变。")}")
            .AppendLine($"descriptionEn: {Quote($"{figure.Path} moved from {from} to the {en} end of its range, {value}; nothing else changes.")}")
            .AppendLine($"rationale: {Quote("One-at-a-time sensitivity: how much the siege depends on where in its range this figure lies.")}")
            .AppendLine($"rationaleZh: {Quote("单因素敏感性分析：围城结果在多大程度上取决于这一数值在其范围内的取值。")}")
            .AppendLine($"source: [{sources}]")
            .AppendLine("changes:")
            .AppendLine($"  - {{op: set, path: {path}, value: {written}}}");
        return text.ToString();
    }

    /// <summary>A value of the figure as the scenario writes it: a number, or the local time that many hours from the start.</summary>
    private static string Shown(RangedFigure figure, double x) => figure.Written(x);

    private static string Word(RangeEnd end) => end == RangeEnd.Low ? "low" : "high";

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
