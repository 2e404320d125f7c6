namespace Siege.Scenarios.Schema.Definitions;

/// <summary>Day and night.</summary>
internal static class TimeDefinitions
{
    public static readonly MappingDefinition Daylight = new("daylight", "Local hours of sunrise and sunset; hours outside them are night.",
        Key.Required("sunrise", Shape.Clock, "Local time of sunrise, HH:mm (quote it: \"05:40\")."),
        Key.Required("sunset", Shape.Clock, "Local time of sunset, HH:mm; after sunrise."),
        CommonDefinitions.Source("the hours"),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh());
}
