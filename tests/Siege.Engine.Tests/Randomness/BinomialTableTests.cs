using Siege.Engine.Randomness;

namespace Siege.Engine.Tests.Randomness;

public sealed class BinomialTableTests
{
    [Theory]
    [InlineData(0.35)]   // Hengyang's share of defender casualties killed
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.999)]
    [InlineData(0.001)]  // rows long enough to reach the underflow and the cap of the table
    [InlineData(1e-300)]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void A_table_draws_exactly_what_Sampling_Binomial_draws_from_the_same_stream(double p)
    {
        var table = new BinomialTable(p);
        var viaTable = new Xoshiro256StarStar(31);
        var direct = new Xoshiro256StarStar(31);
        var trials = new Xoshiro256StarStar(7);
        for (var i = 0; i < 100_000; i++)
        {
            // Mostly the few men a table serves, sometimes more than it holds, sometimes none.
            var n = (int)(trials.NextUInt64() % 8) switch { 0 => (int)(trials.NextUInt64() % 2000) - 5, _ => (int)(trials.NextUInt64() % 60) };
            Assert.Equal(Sampling.Binomial(direct, n, p), table.Draw(viaTable, n));
        }
        Assert.Equal(direct.Draws, viaTable.Draws);
    }
}
