using System.Reflection;
using Siege.Engine.Domain;
using Siege.Report.Html;

namespace Siege.Report.Sections;

/// <summary>
/// The parameters of a doctrine or combat record as the scenario gives them: value, range and sources, read from the
/// record's <see cref="Figure"/> properties in their declared order, so a new parameter appears without editing this.
/// </summary>
internal static class ParameterTable
{
    public static readonly IReadOnlyList<Bi> Headers =
        [new("参数", "parameter"), new("数值", "value"), new("范围", "range"), new("来源", "sources"), new("说明", "note")];

    public static IEnumerable<IReadOnlyList<string>> Rows(object parameters) =>
        parameters.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(Figure))
            .Select(p => (Name: Camel(p.Name), Figure: (Figure)p.GetValue(parameters)!))
            .Select(p => (IReadOnlyList<string>)
            [
                $"<code>{Markup.Escape(p.Name)}</code>",
                Markup.Escape(Fmt.Parameter(p.Figure.Value)),
                p.Figure.Min is null && p.Figure.Max is null ? "—" : Markup.Escape($"{Fmt.Parameter(p.Figure.Low)}–{Fmt.Parameter(p.Figure.High)}"),
                Sources(p.Figure),
                Prose.Span(p.Figure.NoteZh, p.Figure.Note),
            ]);

    /// <summary>The sources, with GUESS (the authors' own estimate) said in words.</summary>
    private static string Sources(Figure figure) => string.Join(", ", figure.SourceKeys.Select(s => s == "GUESS"
        ? Markup.Span(new Bi("GUESS（作者估计）", "GUESS (the authors' estimate)"))
        : Markup.Escape(s)));

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
