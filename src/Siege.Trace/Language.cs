namespace Siege.Trace;

/// <summary>The two languages of every visible string.</summary>
public enum Language
{
    Chinese,
    English,
}
