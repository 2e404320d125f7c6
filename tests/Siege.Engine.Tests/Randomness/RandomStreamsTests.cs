using Siege.Engine.Randomness;

namespace Siege.Engine.Tests.Randomness;

public sealed class RandomStreamsTests
{
    [Fact]
    public void SplitMix64_reproduces_its_published_reference_sequence_for_seed_0()
    {
        // Reference outputs of Vigna's splitmix64.c seeded with 0.
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, Xoshiro256StarStar.SplitMix64(ref state));
        Assert.Equal(0x6E789E6AA1B965F4UL, Xoshiro256StarStar.SplitMix64(ref state));
        Assert.Equal(0x06C45D188009454FUL, Xoshiro256StarStar.SplitMix64(ref state));
        Assert.Equal(0xF88BB8A8724C81ECUL, Xoshiro256StarStar.SplitMix64(ref state));
    }

    [Fact]
    public void A_named_stream_is_the_same_for_the_same_seed_and_name()
    {
        var a = new RandomStreams(5).Get("combat/zhangjiashan");
        var b = new RandomStreams(5).Get("combat/zhangjiashan");
        Assert.Equal(Enumerable.Range(0, 10).Select(_ => a.NextUInt64()), Enumerable.Range(0, 10).Select(_ => b.NextUInt64()));
    }

    [Fact]
    public void Streams_do_not_shift_one_another()
    {
        // Drawing from one stream must not change what another sees: the basis of common random numbers.
        var quiet = new RandomStreams(9);
        var busy = new RandomStreams(9);
        for (var i = 0; i < 1000; i++) busy.Get("air/raids").NextUInt64();
        Assert.Equal(quiet.Get("relief").NextUInt64(), busy.Get("relief").NextUInt64());
        Assert.Equal(1001, busy.TotalDraws);
    }

    [Fact]
    public void Different_names_and_seeds_give_different_streams()
    {
        var streams = new RandomStreams(1);
        Assert.NotEqual(streams.Get("a").NextUInt64(), streams.Get("b").NextUInt64());
        Assert.NotEqual(new RandomStreams(1).Get("a").NextUInt64(), new RandomStreams(2).Get("a").NextUInt64());
    }

    [Fact]
    public void Uniform_draws_have_mean_one_half_and_variance_one_twelfth()
    {
        var rng = new Xoshiro256StarStar(123);
        const int n = 200_000;
        var values = Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();
        Assert.All(values, v => Assert.InRange(v, 0.0, 0.9999999999999999));
        var mean = values.Average();
        var variance = values.Select(v => (v - mean) * (v - mean)).Average();
        // Standard error of the mean: √(1/12/n) ≈ 0.00065; allow five of them.
        Assert.InRange(mean, 0.5 - 0.0033, 0.5 + 0.0033);
        Assert.InRange(variance, 1 / 12.0 - 0.002, 1 / 12.0 + 0.002);
    }
}
