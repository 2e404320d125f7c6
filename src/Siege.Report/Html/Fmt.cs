using System.Globalization;

namespace Siege.Report.Html;

/// <summary>Numbers and dates as the report prints them, the same in both languages and on every machine.</summary>
public static class Fmt
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(long n) => n.ToString("N0", Invariant);

    public static string Days(double days) => days.ToString("0.0", Invariant);

    public static string Fixed(double x, string format) => x.ToString(format, Invariant);

    /// <summary>A share as a percentage with one decimal, e.g. 44.1%.</summary>
    public static string Share(double share) => double.IsNaN(share) ? "–" : (share * 100).ToString("0.0", Invariant) + "%";

    /// <summary>A model parameter: enough significant digits to tell it from its neighbours, no more.</summary>
    public static string Parameter(double x) => x.ToString(Math.Abs(x) is > 0 and < 0.01 ? "0.####" : "0.###", Invariant);

    public static string Date(DateTime t) => t.ToString("yyyy-MM-dd", Invariant);

    public static string DateTime(DateTime t) => t.ToString("yyyy-MM-dd HH:mm", Invariant);
}
