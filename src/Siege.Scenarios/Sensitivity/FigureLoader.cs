using Siege.Scenarios.Loading;
using Siege.Scenarios.Variants;
using Siege.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Sensitivity;

/// <summary>
/// Loads a scenario with some of its ranged figures set to given values, many times over: the files are parsed once,
/// and each load writes the values into that parsed copy and reads it, with every check of the reader. It gives the
/// scenario that <see cref="SensitivityVariant.Load(IScenarioFiles, IReadOnlyList{RangedFigure}, IReadOnlyList{double})"/>
/// gives for the same values (a number's <c>value</c> set, an arrival pinned to its hour), without parsing the YAML
/// and the generated variant again, which is most of a load's time. Keeps state between loads: one per thread.
/// </summary>
public sealed class FigureLoader
{
    private readonly IReadOnlyList<Located> _parts;
    private readonly string _hash;
    private readonly string _mainFile;
    private readonly IReadOnlyList<RangedFigure> _figures;
    private readonly Action<string>[] _setters;

    private FigureLoader(IReadOnlyList<Located> parts, string hash, string mainFile, IReadOnlyList<RangedFigure> figures, Action<string>[] setters)
    {
        _parts = parts;
        _hash = hash;
        _mainFile = mainFile;
        _figures = figures;
        _setters = setters;
    }

    public IReadOnlyList<RangedFigure> Figures => _figures;

    /// <summary>
    /// Parses the scenario and finds where each figure is written. Throws <see cref="ArgumentException"/> when the files
    /// do not parse or a figure's path does not select one figure with a range (<see cref="RangedFigures.Find"/> gives
    /// the figures that do).
    /// </summary>
    public static FigureLoader Create(IScenarioFiles files, IReadOnlyList<RangedFigure> figures)
    {
        var diagnostics = new Diagnostics();
        if (ScenarioLoader.ParseParts(files, diagnostics) is not { } parsed)
            throw new ArgumentException($"the scenario does not parse: {string.Join("; ", diagnostics.Items)}");
        var setters = figures.Select(f => Setter(parsed.Parts, f)).ToArray();
        return new FigureLoader(parsed.Parts, parsed.Hash, files.MainFile, figures, setters);
    }

    /// <summary>
    /// The scenario with each figure at the value at its place in <paramref name="values"/>, snapped as
    /// <see cref="RangedFigure.Snap"/> does. A point whose values break a rule of the scenario (a pause threshold not
    /// below its opening one) does not load, and the result says why.
    /// </summary>
    public LoadResult Load(IReadOnlyList<double> values)
    {
        if (values.Count != _figures.Count) throw new ArgumentException($"{_figures.Count} figures but {values.Count} values", nameof(values));
        for (var i = 0; i < _setters.Length; i++) _setters[i](_figures[i].Written(_figures[i].Snap(values[i])));
        return ScenarioLoader.Read(_parts, _hash, _mainFile, new Diagnostics());
    }

    /// <summary>What writes a value where the figure is: the scalar of a number's <c>value</c>, or an arrival's whole mapping.</summary>
    private static Action<string> Setter(IReadOnlyList<Located> parts, RangedFigure figure)
    {
        if (VariantPath.Parse(figure.Path, out var error) is not { } path)
            throw new ArgumentException($"{figure.Path}: not a path ({error})");
        var slots = PathSelector.Select(parts, path, allowNewKey: false, out var reason);
        if (slots.Count != 1)
            throw new ArgumentException($"{figure.Path}: selects {(slots.Count == 0 ? $"nothing ({reason})" : $"{slots.Count} places")}, not one figure");
        var slot = slots[0];
        if (figure.IsTime)
        {
            // As the variant route does: the arrival is written as its local time alone, so no run draws it again.
            if (slot.Container is not YamlMappingNode map || slot.Key is null)
                throw new ArgumentException($"{figure.Path}: an arrival that is not the value of a key");
            var pinned = NodeCopy.Scalar(figure.Written(figure.Value), slot.Node!.Start);
            map.Children[slot.Key] = pinned;
            return text => pinned.Value = text;
        }
        if (slot.Node is not YamlMappingNode figureMap
            || figureMap.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "value" }).Value is not YamlScalarNode value)
            throw new ArgumentException($"{figure.Path}: not a figure {{value, min, max}}");
        return text => value.Value = text;
    }
}
