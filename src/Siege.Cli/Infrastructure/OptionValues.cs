using System.ComponentModel;
using System.Globalization;
using System.Numerics;

namespace Siege.Cli.Infrastructure;

/// <summary>A value an option does not take; the message says which values it does.</summary>
internal sealed class OptionValueException(string message) : FormatException(message);

/// <summary>
/// Reads a whole-number option and insists on its range, so that a wrong value is answered with the numbers the option
/// takes (<c>'-1' is not a whole number from 0 to 18446744073709551615</c>) instead of the name of a .NET type.
/// Put on an option with <c>[TypeConverter(typeof(Accepts.X))]</c>; the command line adds the option's name.
/// </summary>
internal abstract class WholeNumberConverter<T>(T min, T max) : TypeConverter where T : struct, IBinaryInteger<T>
{
    public T Min { get; } = min;
    public T Max { get; } = max;

    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

    public override object ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        var text = value as string ?? "";
        // Read wider than T, so that a number just past T's range is reported as out of range, not as not a number.
        if (BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            && n >= BigInteger.CreateChecked(Min) && n <= BigInteger.CreateChecked(Max))
            return T.CreateChecked(n);
        throw new OptionValueException(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a whole number from {Min} to {Max}"));
    }
}

/// <summary>The ranges of the command line's number options, one converter each.</summary>
internal static class Accepts
{
    /// <summary>Any seed: the generator takes every 64-bit value.</summary>
    public sealed class Seed() : WholeNumberConverter<ulong>(0, ulong.MaxValue);

    /// <summary>A count of runs, rows or steps: at least one.</summary>
    public sealed class Count() : WholeNumberConverter<int>(1, int.MaxValue);

    /// <summary>Worker threads, where 0 means one per core.</summary>
    public sealed class Threads() : WholeNumberConverter<int>(0, int.MaxValue);

    /// <summary>A TCP port, where 0 lets the system pick a free one.</summary>
    public sealed class Port() : WholeNumberConverter<int>(0, 65535);

    /// <summary>Cross-validation folds: each battle held out once needs at least two.</summary>
    public sealed class Folds() : WholeNumberConverter<int>(2, int.MaxValue);

    /// <summary>A calendar year, as the CDB90 periods count them.</summary>
    public sealed class Year() : WholeNumberConverter<int>(1, 9999);

    /// <summary>Seeds at each point of the calibration's grid: a spread needs two; the upper bound keeps a run within a day.</summary>
    public sealed class CalibrationSeeds() : WholeNumberConverter<int>(2, 10_000);

    /// <summary>Points on each axis of the calibration's grid: three at least to have a middle, 101 at most (101 x 101 points).</summary>
    public sealed class GridPoints() : WholeNumberConverter<int>(3, 101);

    /// <summary>A strength in men or a length in days: a finite number above zero.</summary>
    public sealed class PositiveNumber : TypeConverter
    {
        public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

        public override object ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
        {
            var text = value as string ?? "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) && x > 0) return x;
            throw new OptionValueException($"'{text}' is not a number greater than 0");
        }
    }
}
