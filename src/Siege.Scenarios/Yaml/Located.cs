using Siege.Scenarios.Schema;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Yaml;

/// <summary>
/// A YAML node together with the file it came from, so every message can name file, line and column; and, for a
/// node that a definition says is a mapping, that definition, so a <see cref="MapReader"/> over it knows its keys.
/// </summary>
internal readonly record struct Located(string File, YamlNode Node, MappingDefinition? Definition = null)
{
    public int Line => (int)Node.Start.Line;
    public int Column => (int)Node.Start.Column;
}
