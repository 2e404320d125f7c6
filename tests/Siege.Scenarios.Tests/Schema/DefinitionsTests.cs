using Siege.Scenarios.Schema;
using Siege.Scenarios.Schema.Definitions;
using Siege.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Siege.Scenarios.Tests.Schema;

/// <summary>
/// The loader reads only through the definitions the schema is written from: a reader that asks for a key its
/// definition does not declare, reads it as another shape, or leaves a declared key unread is stopped, so every
/// loading and fuzzing test doubles as a check that the schema and the loader agree.
/// </summary>
public sealed class DefinitionsTests
{
    private static readonly MappingDefinition Point = new("point", "A test mapping.",
        Key.Required("x", Shape.Number, "East."),
        Key.Optional("label", Shape.Text, "A label."));

    private static MapReader Reader(string yaml, Diagnostics diagnostics)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return new MapReader(new Located("test.yaml", stream.Documents[0].RootNode), diagnostics, "point", Point);
    }

    [Fact]
    public void Reading_a_key_the_definition_does_not_declare_is_a_programming_error()
    {
        var r = Reader("x: 1\n", new Diagnostics());
        var e = Assert.Throws<ProgrammingError>(() => r.Number("y"));
        Assert.Contains("'point' declares no key 'y'", e.Message);
    }

    [Fact]
    public void Reading_a_key_as_another_shape_is_a_programming_error()
    {
        var r = Reader("x: 1\n", new Diagnostics());
        Assert.Throws<ProgrammingError>(() => r.String("x"));
    }

    [Fact]
    public void Leaving_a_declared_key_unread_is_a_programming_error()
    {
        var r = Reader("x: 1\nlabel: a\n", new Diagnostics());
        r.Number("x");
        Assert.Throws<ProgrammingError>(r.Finish);
    }

    [Fact]
    public void Required_keys_come_from_the_definition_and_unknown_keys_are_reported_with_the_nearest_one()
    {
        var diagnostics = new Diagnostics();
        var r = Reader("lable: a\n", diagnostics);
        Assert.Null(r.Number("x"));
        Assert.Null(r.String("label"));
        r.Finish();
        Assert.Equal(
            ["test.yaml:1:1: point: missing required field 'x'", "test.yaml:1:1: point: unknown key 'lable' (did you mean 'label'?)"],
            diagnostics.Items.Select(d => d.ToString()));
    }

    [Fact]
    public void A_key_of_another_case_is_unknown_once_the_case_is_known()
    {
        var diagnostics = new Diagnostics();
        var stream = new YamlStream();
        stream.Load(new StringReader("kind: note\nid: a\nat: 1944-06-22\ntext: 文\ntextEn: text\ncrossing: bridge\n"));
        var r = new MapReader(new Located("test.yaml", stream.Documents[0].RootNode), diagnostics, "event", EventDefinitions.Event);
        r.Enum<EventKind>("kind");
        Assert.Throws<ProgrammingError>(() => r.String("crossing"));
        foreach (var key in new[] { "id", "text", "textEn" }) r.String(key);
        r.Time("at");
        r.Finish();
        Assert.Equal("test.yaml:6:1: event: unknown key 'crossing'", Assert.Single(diagnostics.Items).ToString());
    }

    [Fact]
    public void Every_kind_of_event_and_record_item_has_its_case()
    {
        Assert.Equal(Enum.GetNames<EventKind>().Length, EventDefinitions.Event.Cases.Count);
        Assert.Equal(Enum.GetNames<RecordKind>().Length, RecordDefinitions.Item.Cases.Count);
        Assert.Throws<InvalidOperationException>(() => MappingDefinition.Union<RecordKind>("broken", "", "kind", "", [],
            MappingDefinition.Case(RecordKind.SiegeEnd, "only one case")));
    }
}
