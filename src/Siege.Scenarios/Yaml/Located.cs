using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Yaml;

/// <summary>A YAML node together with the file it came from, so every message can name file, line and column.</summary>
internal readonly record struct Located(string File, YamlNode Node)
{
    public int Line => (int)Node.Start.Line;
    public int Column => (int)Node.Start.Column;
}
