using Siege.Analysis.Attrition;
using Siege.Calibration;

namespace Siege.Cli.Output;

/// <summary>A CDB90 setting as the text of <c>calibrate</c> and <c>battles calibrate</c> names it.</summary>
internal static class Cdb90Words
{
    /// <summary>"a WWII fortified defence on rugged ground".</summary>
    public static string Battle(Cdb90Setting setting) =>
        $"a {Period(setting.Period)} {Lower(setting.Posture)} defence on {Lower(setting.Terrain)} ground";

    public static string Period(Period period) => period switch
    {
        Analysis.Attrition.Period.Before1900 => "pre-1900",
        Analysis.Attrition.Period.From1900To1938 => "1900-1938",
        Analysis.Attrition.Period.From1939To1945 => "WWII",
        _ => "post-1945",
    };

    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
