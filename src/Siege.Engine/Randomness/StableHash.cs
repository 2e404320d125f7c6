using System.Numerics;
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

    /// <summary>Folds one 64-bit value into a running hash, byte by byte (low byte first).</summary>
    /// <remarks>
    /// A zero byte leaves the xor a no-op, so its step is a bare multiplication by the prime, and a run of k zero
    /// bytes is one multiplication by prime^k (arithmetic modulo 2^64 is associative). Most values folded into a
    /// run's hash are small counts, zeros or doubles with zero low bytes, so skipping the zero bytes at either end
    /// gives the same hash as the byte-by-byte loop at a fraction of its cost.
    /// </remarks>
    public static ulong Mix(ulong hash, ulong value)
    {
        if (value == 0) return hash * PrimePowers[8];
        var low = BitOperations.TrailingZeroCount(value) >> 3;
        var high = BitOperations.LeadingZeroCount(value) >> 3;
        hash *= PrimePowers[low];
        value >>= low << 3;
        for (var i = low + high; i < 8; i++)
        {
            hash = (hash ^ (value & 0xFF)) * Prime;
            value >>= 8;
        }
        return hash * PrimePowers[high];
    }

    /// <summary>Prime^k modulo 2^64 for k = 0..8: the step of k zero bytes.</summary>
    private static readonly ulong[] PrimePowers = BuildPrimePowers();

    private static ulong[] BuildPrimePowers()
    {
        var powers = new ulong[9];
        powers[0] = 1;
        for (var k = 1; k < powers.Length; k++) powers[k] = powers[k - 1] * Prime;
        return powers;
    }

    public static ulong Mix(ulong hash, long value) => Mix(hash, unchecked((ulong)value));

    /// <summary>
    /// Folds one 64-bit value into a running state hash a word at a time: xor, a multiplication by an odd constant,
    /// and a shift that carries the high bits down, so that every bit of the value reaches the low bits of later
    /// steps. A run folds a few hundred values a day into its hash; this costs one multiplication each, where
    /// <see cref="Mix(ulong, ulong)"/> costs one per non-zero byte. Integer operations only: the same on every machine.
    /// </summary>
    public static ulong Fold(ulong hash, ulong value)
    {
        hash = (hash ^ value) * FoldMultiplier;
        return hash ^ (hash >> 29);
    }

    public static ulong Fold(ulong hash, long value) => Fold(hash, unchecked((ulong)value));

    public static ulong Fold(ulong hash, double value) => Fold(hash, BitConverter.DoubleToInt64Bits(value));

    // 2^64 / golden ratio, odd: a multiplier whose products spread the bits of consecutive small values.
    private const ulong FoldMultiplier = 0x9E3779B97F4A7C15UL;

    public static ulong Mix(ulong hash, double value) => Mix(hash, BitConverter.DoubleToInt64Bits(value));
}
