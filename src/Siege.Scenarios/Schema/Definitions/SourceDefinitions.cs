namespace Siege.Scenarios.Schema.Definitions;

/// <summary>An entry of the sources list.</summary>
internal static class SourceDefinitions
{
    public static readonly MappingDefinition Source = new("source", "A source: a book, article, web page or data set that facts and figures are taken from.",
        Key.Required("id", Shape.Text, "The key that source fields name (GUESS is the conventional key for the Siege authors' own estimates)."),
        Key.Required("title", Shape.Text, "Title of the work."),
        Key.Optional("author", Shape.Text, "Author or authors."),
        Key.Optional("year", Shape.TextOrNumber, "Year of publication (1954, or a text such as \"1954–1956\")."),
        Key.Optional("url", Shape.Text, "Where the work can be read."),
        Key.Optional("licence", Shape.Text, "Licence under which the facts are used (CC BY-SA 4.0, ODC-BY 1.0, …)."),
        Key.Optional("revision", Shape.TextOrNumber, "The Wikipedia revision read: the digits after oldid= in the page's permanent link (a wikipedia.org url needs revision or accessed)."),
        Key.Optional("accessed", Shape.Text, "The day the source was read, yyyy-MM-dd; for a page whose revision was not recorded."),
        Key.Optional("sha256", Shape.Text, "SHA-256 of the local copy that was read: 64 hexadecimal digits, as sha256sum prints them."),
        CommonDefinitions.Note(),
        CommonDefinitions.NoteZh());
}
