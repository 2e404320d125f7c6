using System.Text;

namespace Siege.Engine.Randomness;

/// <summary>FNV-1a, 64 bit: a hash that is the same on every machine and every run (unlike string.GetHashCode).</summary>
public static class StableHash
{
    public const ulong OffsetBasis = 0xCBF29CE484222325UL;
    private const ulong Prime = 0x100000001B3UL;

    public static ulong Fnv1a64(string text)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * Prime;
        }
        return hash;
    }

    /// <summary>Folds one 64-bit value into a running hash, byte by byte.</summary>
    public static ulong Mix(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (value & 0xFF)) * Prime;
            value >>= 8;
        }
        return hash;
    }

    public static ulong Mix(ulong hash, long value) => Mix(hash, unchecked((ulong)value));

    public static ulong Mix(ulong hash, double value) => Mix(hash, BitConverter.DoubleToInt64Bits(value));
}
