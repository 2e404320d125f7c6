using ScottPlot;

namespace Siege.Charts;

/// <summary>One colour per side throughout, so a reader who learns them on one chart can read the next.</summary>
internal static class ChartColors
{
    public static readonly Color Defender = Color.FromHex("#1f5fa8");
    public static readonly Color Attacker = Color.FromHex("#b23a2e");
    public static readonly Color Neutral = Color.FromHex("#8c8c8c");
    public static readonly Color Record = Color.FromHex("#1a1a1a");
    public static readonly Color Variant = Color.FromHex("#d98b1e");
}
