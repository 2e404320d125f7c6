using System.Text.Encodings.Web;
using System.Text.Json;

namespace Siege.Cli.Output;

/// <summary>One way of writing JSON for every command: indented, camelCase, Chinese as characters.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);
}
