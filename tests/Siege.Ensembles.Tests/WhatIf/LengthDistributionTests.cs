using CsCheck;
using Siege.Ensembles.WhatIf;

namespace Siege.Ensembles.Tests.WhatIf;

public sealed class LengthDistributionTests
{
    private static CountingHistogram Hours(params int[] values)
    {
        var h = new CountingHistogram();
        foreach (var v in values) h.Add(v);
        return h;
    }

    [Fact]
    public void Four_hundred_runs_a_few_days_apart_share_twenty_bins_at_most()
    {
        // 400 runs: √400 = 20 bins at most. From 1,090 h to 1,270 h, 6-hour bins need 31 (1,086 to 1,266); 12-hour
        // bins from 1,080 (the multiple of 12 at or below 1,090) to 1,260 need 16.
        int[] baseline = [.. Enumerable.Repeat(1090, 397), 1100, 1101, 1130];
        var d = LengthDistribution.Of(Hours(baseline), Hours(1200, 1270));
        Assert.Equal(12, d.BinHours);
        Assert.Equal(1080, d.StartHour);
        Assert.Equal(16, d.Baseline.Length);
        Assert.Equal(16, d.Variant.Length);
        // 1,090 h is in bin 0 [1080, 1092); 1,100 and 1,101 in bin 1; 1,130 in bin 4 [1128, 1140).
        Assert.Equal([397L, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], d.Baseline);
        // 1,200 in bin 10 [1200, 1212); 1,270 in bin 15 [1260, 1272).
        Assert.Equal(1, d.Variant[10]);
        Assert.Equal(1, d.Variant[15]);
        Assert.Equal((0.5, 45.0), (d.BinDays, d.StartDays));
    }

    [Fact]
    public void A_dozen_runs_get_five_bins_rather_than_a_comb_of_single_runs()
    {
        // √12 ≈ 3.5, raised to the floor of 5 bins. 1,085 h to 1,140 h: 12-hour bins from 1,080 to 1,140 need 6,
        // 24-hour bins from 1,080 to 1,128 need 3.
        var lengths = Hours(1085, 1090, 1094, 1100, 1101, 1107, 1112, 1118, 1120, 1126, 1133, 1140);
        var d = LengthDistribution.Of(lengths, lengths);
        Assert.Equal(24, d.BinHours);
        Assert.Equal([5L, 5, 2], d.Baseline);
    }

    [Fact]
    public void No_runs_give_empty_histograms()
    {
        var d = LengthDistribution.Of(new CountingHistogram(), new CountingHistogram());
        Assert.Empty(d.Baseline);
        Assert.Empty(d.Variant);
    }

    [Fact]
    public void Every_run_is_in_a_bin_and_the_bins_stay_few()
    {
        FixedSeedProperty.Check(Gen.Int[0, 2_000].Array[1, 200].Select(Gen.Int[0, 2_000].Array[0, 200]), c =>
        {
            var (baseline, variant) = c;
            var d = LengthDistribution.Of(Hours(baseline), Hours(variant));
            Assert.Equal(baseline.Length, d.Baseline.Sum());
            Assert.Equal(variant.Length, d.Variant.Sum());
            Assert.InRange(d.Baseline.Length, 1, Math.Max(LengthDistribution.MinBins, (int)Math.Ceiling(Math.Sqrt(Math.Max(baseline.Length, variant.Length)))));
            Assert.Equal(0, d.StartHour % d.BinHours);
        }, cases: 100, seed: 54, print: c => $"baseline [{string.Join(", ", c.Item1)}], variant [{string.Join(", ", c.Item2)}]");
    }
}
