using System.Text.Encodings.Web;
using System.Text.Json;

namespace Siege.Trace;

/// <summary>The trace as JSON: camelCase, Chinese as characters, compact (a Hengyang trace is about 0.7 MB).</summary>
public static class TraceJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(RunTrace trace) => JsonSerializer.Serialize(trace, Options);

    public static void Write(Stream stream, RunTrace trace) => JsonSerializer.Serialize(stream, trace, Options);
}
