using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Siege.Web.Api;

/// <summary>
/// The JSON of the API's own answers (the scenario, its variants): camelCase, Chinese as characters, absent fields
/// left out. The trace and the what-if keep the exact JSON of <c>siege run --format trace</c> and <c>siege whatif</c>.
/// </summary>
internal static class ApiJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Utf8<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}
