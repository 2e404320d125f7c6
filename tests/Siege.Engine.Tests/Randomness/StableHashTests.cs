using Siege.Engine.Randomness;

namespace Siege.Engine.Tests.Randomness;

public sealed class StableHashTests
{
    /// <summary>FNV-1a over the value's eight bytes, low byte first: the definition the run hash was pinned with.</summary>
    private static ulong MixByteByByte(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (value & 0xFF)) * 0x100000001B3UL;
            value >>= 8;
        }
        return hash;
    }

    public static TheoryData<ulong> Values =>
    [
        0UL, 1UL, 0xFFUL, 0x100UL, 0x8000_0000_0000_0000UL, ulong.MaxValue, 0x0000_00FF_0000_0000UL,
        (ulong)BitConverter.DoubleToInt64Bits(1.0), (ulong)BitConverter.DoubleToInt64Bits(0.37),
        (1UL << 60) | (523UL << 30) | 17UL, 0x00FF_0000_0000_FF00UL,
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void Mix_skipping_zero_bytes_equals_the_byte_by_byte_definition(ulong value) =>
        Assert.Equal(MixByteByByte(StableHash.OffsetBasis, value), StableHash.Mix(StableHash.OffsetBasis, value));

    [Fact]
    public void Mix_equals_the_byte_by_byte_definition_on_random_values()
    {
        var rng = new Xoshiro256StarStar(2024);
        var hash = StableHash.OffsetBasis;
        var reference = StableHash.OffsetBasis;
        for (var i = 0; i < 10_000; i++)
        {
            // Random values with random runs of zero bytes at either end.
            var value = rng.NextUInt64() >> (int)(rng.NextUInt64() % 64) << (int)(rng.NextUInt64() % 64);
            hash = StableHash.Mix(hash, value);
            reference = MixByteByByte(reference, value);
        }
        Assert.Equal(reference, hash);
    }

    /// <summary>
    /// The state-hash fold by its definition, in arbitrary-precision arithmetic reduced modulo 2^64: xor the value in,
    /// multiply by 0x9E3779B97F4A7C15, xor in the product shifted right by 29.
    /// </summary>
    private static ulong FoldByDefinition(ulong hash, ulong value)
    {
        var product = (System.Numerics.BigInteger)(hash ^ value) * 0x9E3779B97F4A7C15UL % (System.Numerics.BigInteger.One << 64);
        var folded = (ulong)product;
        return folded ^ (folded >> 29);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Fold_equals_its_definition(ulong value) =>
        Assert.Equal(FoldByDefinition(StableHash.OffsetBasis, value), StableHash.Fold(StableHash.OffsetBasis, value));

    [Fact]
    public void Fold_tells_apart_states_that_differ_in_one_count_or_in_order()
    {
        // Two days of a run whose garrisons differ by one man somewhere, or whose positions are visited in another
        // order, must not hash alike.
        ulong Hash(params long[] values) => values.Aggregate(StableHash.OffsetBasis, StableHash.Fold);
        var seen = new HashSet<ulong> { Hash(120, 80, 0, 45) };
        Assert.True(seen.Add(Hash(121, 80, 0, 45)));
        Assert.True(seen.Add(Hash(120, 80, 1, 45)));
        Assert.True(seen.Add(Hash(80, 120, 0, 45)));
        Assert.True(seen.Add(Hash(120, 80, 0, 45, 0)));
    }
}
