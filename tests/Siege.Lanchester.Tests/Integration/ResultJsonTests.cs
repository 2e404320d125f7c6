using System.Text.Json;
using Siege.Lanchester.Integration;

namespace Siege.Lanchester.Tests.Integration;

public sealed class ResultJsonTests
{
    [Fact]
    public void A_result_serialises_with_its_daily_strengths_and_reads_back()
    {
        var result = EngelIwoJima.Spec.Run();
        var json = JsonSerializer.Serialize(result);
        using var doc = JsonDocument.Parse(json);
        var points = doc.RootElement.GetProperty("Points");
        Assert.Equal(41, points.GetArrayLength());
        Assert.Equal(21_500, points[0].GetProperty("Defender").GetDouble());
        Assert.Equal(result.DefenderDestroyedAt, doc.RootElement.GetProperty("DefenderDestroyedAt").GetDouble());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("AttackerDestroyedAt").ValueKind);

        var back = JsonSerializer.Deserialize<LanchesterResult>(json)!;
        Assert.Equal(result.Model, back.Model);
        Assert.True(result.Points.SequenceEqual(back.Points));
    }
}
