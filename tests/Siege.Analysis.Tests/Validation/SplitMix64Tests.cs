using Siege.Analysis.Validation;

namespace Siege.Analysis.Tests.Validation;

public sealed class SplitMix64Tests
{
    [Fact]
    public void Matches_the_reference_sequence()
    {
        // The first outputs of Vigna's reference splitmix64.c from state 0.
        var rng = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, rng.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, rng.Next());
        Assert.Equal(0x06C45D188009454FUL, rng.Next());
    }

    [Fact]
    public void Bounded_draws_stay_in_range_and_cover_it()
    {
        var rng = new SplitMix64(42);
        var seen = new int[7];
        for (var i = 0; i < 7_000; i++) seen[rng.NextInt(7)]++;
        // 1,000 expected in each; the SD of a count is about 30.
        Assert.All(seen, n => Assert.InRange(n, 850, 1150));
        Assert.All(Enumerable.Range(0, 1000).Select(_ => rng.NextDouble()), u => Assert.InRange(u, 0, 1 - 1e-17));
    }
}
